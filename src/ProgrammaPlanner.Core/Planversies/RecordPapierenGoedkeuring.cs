using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// A facilitator records that a partner's board approved the version on paper: who signed, on which date, a remark.
/// Returns the version's status afterwards.
/// </summary>
public static class RecordPapierenGoedkeuring
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("RecordPapierenGoedkeuring", "Besluit op papier vastgelegd")]
    public sealed record Command(long ProgrammaId, int Nummer, long PartnerId, string Door, DateOnly Datum, string Opmerking)
        : ICommand<string>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Door).NotEmpty().WithMessage("Vul in wie namens de partner heeft getekend.")
                .MaxTekens(Tekstgrenzen.Naam, "De naam");
            RuleFor(c => c.Opmerking).MaxTekens(Tekstgrenzen.Tekst, "De opmerking");
        }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command cmd, CancellationToken ct)
        {
            if (cmd.Datum > Tijd.Vandaag(clock))
                throw ValidationException.For(nameof(Command.Datum), "De datum van de goedkeuring ligt in de toekomst; vul de datum van ondertekening in.");

            await using var d = await Besluiten.OpenDuurzaamAsync(db, ct);
            var c = d.Connection;
            await using var tx = c.BeginTransaction();
            var (versieId, _, vastgelegd) = await Besluiten.ZoekAsync(c, tx, cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId);
            if (cmd.Datum < vastgelegd)
                throw ValidationException.For(nameof(Command.Datum),
                    $"De datum ligt vóór het vastleggen van versie {cmd.Nummer} ({vastgelegd:d-M-yyyy}); " +
                    "een bestuur keurt alleen een bestaande versie goed.");
            var status = await Besluiten.VastleggenAsync(c, tx, versieId, new Besluiten.Nieuw(cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId,
                Besluit.Goedgekeurd, BesluitWijze.OpPapier, cmd.Door, cmd.Datum, cmd.Opmerking, Tijd.Stempel(clock), user.Naam));
            await tx.CommitAsync(ct);
            return status;
        }
    }
}
