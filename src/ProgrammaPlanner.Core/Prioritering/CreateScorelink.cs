using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// The facilitator makes a partner's personal scoring link, or renews it: the previous link stops working at once. Only
/// the token's SHA-256 is stored, so the link is shown once, to the facilitator who passes it on.
/// </summary>
public static class CreateScorelink
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("CreateScorelink", "Persoonlijke scorelink gemaakt")]
    public sealed record Command(long ProgrammaId, long PartnerId) : ICommand<Result>, IProgrammaScoped;

    /// <summary>The token for "/scoren/{token}"; never stored.</summary>
    public sealed record Result(string Token);

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM partner WHERE id = @PartnerId AND programma_id = @ProgrammaId", cmd, tx) == 0)
                throw ValidationException.For(nameof(Command.PartnerId), "Kies een partner van dit programma.");
            var token = Sessies.NieuwToken();
            await c.ExecuteAsync(
                """
                INSERT INTO scorelink (partner_id, programma_id, token_hash, gemaakt_op) VALUES (@PartnerId, @ProgrammaId, @hash, @nu)
                ON CONFLICT (partner_id) DO UPDATE SET token_hash = excluded.token_hash, gemaakt_op = excluded.gemaakt_op
                """, new { cmd.PartnerId, cmd.ProgrammaId, hash = Links.Hash(token), nu = Tijd.Stempel(clock) }, tx);
            return new Result(token);
        }, ct);
    }
}
