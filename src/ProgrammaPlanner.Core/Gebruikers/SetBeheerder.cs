using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>Makes a user beheerder or takes it away. The installation always keeps a beheerder.</summary>
public static class SetBeheerder
{
    [Vereist(Recht.Beheerder)]
    [Logboek("SetBeheerder", "Beheerderschap gewijzigd")]
    public sealed record Command(long GebruikerId, bool IsBeheerder) : ICommand<Unit>;

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (!cmd.IsBeheerder && await Beheerders.IsLaatsteAsync(c, tx, cmd.GebruikerId))
                throw new RefusedException("Dit is de enige beheerder. Maak eerst iemand anders beheerder.");
            if (await c.ExecuteAsync("UPDATE gebruiker SET is_beheerder = @IsBeheerder WHERE id = @GebruikerId", cmd, tx) == 0)
                throw new NotFoundException("Deze gebruiker bestaat niet (meer).");
            return Unit.Value;
        }, ct);
    }
}

internal static class Beheerders
{
    public static async Task<bool> IsLaatsteAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, long gebruikerId) =>
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM gebruiker WHERE is_beheerder = 1 AND id <> @gebruikerId", new { gebruikerId }, tx) == 0 &&
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM gebruiker WHERE is_beheerder = 1 AND id = @gebruikerId", new { gebruikerId }, tx) == 1;
}
