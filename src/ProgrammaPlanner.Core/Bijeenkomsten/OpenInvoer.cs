using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Opens a session for input from phones: gives it a fresh join code, unique among the open sessions.</summary>
public static class OpenInvoer
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("OpenInvoer", "Invoer geopend")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, int Version) : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(string Code, int Version);

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            for (var poging = 0; ; poging++)
            {
                var code = Deelnamecode.Nieuw();
                try
                {
                    var rows = await c.ExecuteAsync(
                        """
                        UPDATE bijeenkomst SET code = @code, invoer_open = 1, version = version + 1
                        WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId AND version = @Version
                        """, new { cmd.BijeenkomstId, cmd.ProgrammaId, cmd.Version, code });
                    if (rows == 0) throw await Concurrency.ExplainAsync(c, "bijeenkomst", cmd.BijeenkomstId, cmd.ProgrammaId, "De bijeenkomst");
                    return new Result(code, cmd.Version + 1);
                }
                catch (SqliteException e) when (Db.IsUniqueViolation(e) && poging < 10) // code taken by another open session
                {
                }
            }
        }
    }
}
