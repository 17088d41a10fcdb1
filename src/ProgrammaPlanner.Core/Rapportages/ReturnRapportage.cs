using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The facilitator sends a submitted rapportage back with a reason: teruggestuurd. The partner keeps its figures, corrects
/// them and submits again. Nothing is counted. Returns the rapportage's new version.
/// </summary>
public static class ReturnRapportage
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ReturnRapportage", "Rapportage teruggestuurd")]
    public sealed record Command(long ProgrammaId, long RapportageId, int Version, string Reden) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Reden)
            .NotEmpty().WithMessage("Geef de reden waarom de rapportage terug gaat, zodat de partner weet wat er anders moet.")
            .MaxTekens(Tekstgrenzen.KorteTekst, "De reden");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var r = await RapportageRules.FindAsync(c, cmd.ProgrammaId, cmd.RapportageId, tx);
            RapportageRules.EisIngediend(r, "teruggestuurd");
            var version = await RapportageRules.SetStatusAsync(c, tx, cmd.ProgrammaId, r, cmd.Version, RapportageStatus.Teruggestuurd);
            await RapportageRules.StapAsync(c, tx, r.Id, RapportageStatus.Teruggestuurd, cmd.Reden.Trim(), user.Naam, Tijd.Stempel(clock));
            await Rapportagemelding.EnqueueAsync(c, tx, mail, clock, cmd.ProgrammaId, r, RapportageStatus.Teruggestuurd, user.Naam, cmd.Reden);
            return version;
        }, ct);
    }
}
