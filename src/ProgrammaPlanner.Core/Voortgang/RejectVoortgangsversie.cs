using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>A partner's bestuurder rejects the voortgangsrapportage with a remark; the facilitator corrects and freezes a new version.</summary>
public static class RejectVoortgangsversie
{
    [Vereist(Recht.Besluiten)]
    [Logboek("RejectVoortgangsversie", "Voortgangsrapportage afgewezen")]
    public sealed record Command(long ProgrammaId, int Jaar, int Nummer, long PartnerId, string Opmerking) : ICommand<string>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Opmerking).MaxTekens(Tekstgrenzen.Tekst, "De opmerking");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, string>
    {
        public Task<string> Handle(Command cmd, CancellationToken ct) =>
            InDeApp.BesluitAsync(db, user, clock, mail, Besluitstuk.Voortgang(cmd.Jaar), cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId, Besluit.Afgewezen,
                cmd.Opmerking, ct);
    }
}
