using System.Data.Common;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Opens a session for input from phones with a join code unique among the open sessions. Reopened after a break it keeps
/// its code (it is still on the slides and in the phones' history), unless another open session took that code meanwhile.
/// </summary>
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
            var oud = await c.ExecuteScalarAsync<string?>(
                "SELECT code FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId", cmd);
            for (var poging = 0; ; poging++)
            {
                var code = poging == 0 && !string.IsNullOrEmpty(oud) ? oud : Deelnamecode.Nieuw();
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
                catch (DbException e) when (Db.IsUniqueViolation(e) && poging < 10) // code taken by another open session: a fresh one
                {
                }
            }
        }
    }
}
