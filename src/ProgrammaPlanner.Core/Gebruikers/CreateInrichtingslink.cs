using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>Makes the one-time setup link when the installation has no account yet (null otherwise). Earlier setup links stop working.</summary>
public static class CreateInrichtingslink
{
    [Vereist(Recht.Systeem)]
    [Logboek("CreateInrichtingslink", "Inrichtingslink gemaakt")]
    public sealed record Command : ICommand<string?>;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, string?>
    {
        public async Task<string?> Handle(Command cmd, CancellationToken ct)
        {
            var nu = clock.GetUtcNow();
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM gebruiker", transaction: tx) > 0) return null;
            await c.ExecuteAsync("UPDATE link SET gebruikt_op = @nu WHERE soort = 'inrichting' AND gebruikt_op IS NULL", new { nu = Tijd.Stempel(nu) }, tx);
            var (token, _) = await Links.MaakAsync(c, tx, Links.Inrichting, nu);
            await tx.CommitAsync(ct);
            return token;
        }
    }
}
