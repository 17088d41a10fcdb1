using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>A partner's bestuurder approves the voortgangsrapportage ter besluitvorming in the app. Returns the version's status afterwards.</summary>
public static class ApproveVoortgangsversie
{
    [Vereist(Recht.Besluiten)]
    [Logboek("ApproveVoortgangsversie", "Voortgangsrapportage goedgekeurd")]
    public sealed record Command(long ProgrammaId, int Jaar, int Nummer, long PartnerId, string Opmerking)
        : ICommand<string>, IProgrammaScoped, IVraagtExemplaar;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Opmerking).MaxTekens(Tekstgrenzen.Tekst, "De opmerking");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, string>
    {
        public Task<string> Handle(Command cmd, CancellationToken ct) =>
            InDeApp.BesluitAsync(db, user, clock, mail, Besluitstuk.Voortgang(cmd.Jaar), cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId, Besluit.Goedgekeurd,
                cmd.Opmerking, ct);
    }
}
