using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>A facilitator records that a partner's board approved the voortgangsrapportage on paper. Returns the version's status afterwards.</summary>
public static class RecordPapierenVoortgangsgoedkeuring
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("RecordPapierenVoortgangsgoedkeuring", "Besluit over voortgangsrapportage op papier vastgelegd")]
    public sealed record Command(long ProgrammaId, int Jaar, int Nummer, long PartnerId, string Door, DateOnly Datum, string Opmerking,
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
            OpPapier.VastleggenAsync(db, user, clock, mail, Besluitstuk.Voortgang(cmd.Jaar), cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId, cmd.Door,
                cmd.Datum, cmd.Opmerking, cmd.Scan, ct);
    }
}
