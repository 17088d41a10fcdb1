using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// A facilitator records that a partner's board approved the version on paper: who signed, on which date, a remark, and
/// optionally the scanned signed page.
/// Returns the version's status afterwards.
/// </summary>
public static class RecordPapierenGoedkeuring
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("RecordPapierenGoedkeuring", "Besluit op papier vastgelegd")]
    public sealed record Command(long ProgrammaId, int Nummer, long PartnerId, string Door, DateOnly Datum, string Opmerking,
        Besluitscan? Scan = null) : ICommand<string>, IProgrammaScoped, IVraagtExemplaar;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Door).NotEmpty().WithMessage("Vul in wie namens de partner heeft getekend.")
                .MaxTekens(Tekstgrenzen.Naam, "De naam");
            RuleFor(c => c.Opmerking).MaxTekens(Tekstgrenzen.Tekst, "De opmerking");
            RuleFor(c => c.Scan!).SetValidator(new Besluitscan.Validator()).When(c => c.Scan is not null);
        }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, string>
    {
        public Task<string> Handle(Command cmd, CancellationToken ct) =>
            OpPapier.VastleggenAsync(db, user, clock, mail, Besluitstuk.Plan, cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId, cmd.Door, cmd.Datum, cmd.Opmerking,
                cmd.Scan, ct);
    }
}

/// <summary>A facilitator records a board's approval on paper; shared by plan and voortgangsrapportage versions.</summary>
internal static class OpPapier
{
    public static async Task<string> VastleggenAsync(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail, Besluitstuk stuk,
        long programmaId, int nummer, long partnerId, string door, DateOnly datum, string opmerking, Besluitscan? scan, CancellationToken ct)
    {
        if (datum > Tijd.Vandaag(clock))
            throw ValidationException.For(nameof(RecordPapierenGoedkeuring.Command.Datum),
                "De datum van de goedkeuring ligt in de toekomst; vul de datum van ondertekening in.");

        await using var d = await Besluiten.OpenDuurzaamAsync(db, ct);
        var c = d.Connection;
        await using var tx = c.BeginTransaction();
        var (versieId, partnerNaam, vastgelegd) = await Besluiten.ZoekAsync(c, tx, stuk, programmaId, nummer, partnerId);
        if (datum < vastgelegd)
            throw ValidationException.For(nameof(RecordPapierenGoedkeuring.Command.Datum),
                $"De datum ligt vóór het vastleggen van {stuk.Naam(nummer)} ({vastgelegd:d-M-yyyy}); " +
                "een bestuur keurt alleen een bestaande versie goed.");
        var status = await Besluiten.VastleggenAsync(c, tx, stuk, versieId, new Besluiten.Nieuw(programmaId, nummer, partnerId,
            Besluit.Goedgekeurd, BesluitWijze.OpPapier, door, datum, opmerking, Tijd.Stempel(clock), user.Naam));
        if (scan is not null) await scan.BewaarAsync(c, tx, stuk, versieId, partnerId);
        await Besluitmelding.EnqueueAsync(c, tx, mail, clock, new(stuk, programmaId, nummer, partnerNaam, Besluit.Goedgekeurd,
            $"op papier, getekend door {door.Trim()} op {datum:d-M-yyyy}, vastgelegd door {user.Naam}", opmerking, status));
        await tx.CommitAsync(ct);
        return status;
    }
}
