using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>A partner's bestuurder rejects the version: it goes back ("afgewezen") with the remark; editing goes on in the concept.</summary>
public static class RejectPlanversie
{
    [Vereist(Recht.Besluiten)]
    [Logboek("RejectPlanversie", "Planversie afgewezen")]
    public sealed record Command(long ProgrammaId, int Nummer, long PartnerId, string Opmerking) : ICommand<string>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Opmerking).MaxTekens(Tekstgrenzen.Tekst, "De opmerking");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, string>
    {
        public Task<string> Handle(Command cmd, CancellationToken ct) =>
            InDeApp.BesluitAsync(db, user, clock, mail, Besluitstuk.Plan, cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId, Besluit.Afgewezen, cmd.Opmerking, ct);
    }
}
