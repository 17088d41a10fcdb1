using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// The facilitator lets residents, ervaringsdeskundigen and informal partners join this session from a phone, next to the
/// invited partners (or stops that). Bijdragen already sent stay. Returns the session's new version.
/// </summary>
public static class SetOpenDeelname
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("SetOpenDeelname", "Meedoen van bewoners en informele partners ingesteld")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, int Version, bool Open) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Bijeenkomst, cmd.BijeenkomstId, cmd.ProgrammaId, cmd.Version, "De bijeenkomst");
            await c.ExecuteAsync("UPDATE bijeenkomst SET open_deelname = @Open WHERE id = @BijeenkomstId", cmd, tx);
            return version;
        }, ct);
    }
}
