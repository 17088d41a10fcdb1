using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>
/// The facilitator records the maatwerkbudget the gemeente granted a Verbondsgroep (null: none). A budget below what the group's
/// casussen already spent is refused: it would make decided casussen overspend. Returns the group's new version.
/// </summary>
public static class SetMaatwerkbudget
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("SetMaatwerkbudget", "Maatwerkbudget vastgelegd")]
    public sealed record Command(long ProgrammaId, long VerbondsgroepId, int Version, decimal? Maatwerkbudget) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Maatwerkbudget).Bedrag("Het budget");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Verbondsgroep, cmd.VerbondsgroepId, cmd.ProgrammaId, cmd.Version,
                "De Verbondsgroep");
            var besteed = (await c.QueryAsync<decimal>("SELECT bedrag FROM maatwerkcasus WHERE verbondsgroep_id = @VerbondsgroepId", cmd, tx)).Sum();
            if (besteed > 0 && (cmd.Maatwerkbudget ?? 0) < besteed)
                throw ValidationException.For(nameof(Command.Maatwerkbudget),
                    $"De casussen van deze groep besteedden al {Opmaak.Bedrag(besteed)}: het budget kan niet lager zijn.");
            await c.ExecuteAsync("UPDATE verbondsgroep SET maatwerkbudget = @Maatwerkbudget WHERE id = @VerbondsgroepId", cmd, tx);
            return version;
        }, ct);
    }
}
