using System.Security.Cryptography;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// The token of the session's public "wat is er met uw inbreng gedaan" page: made the first time (128 random bits, URL-safe),
/// the same one after that, so a link once handed out keeps working. Does not touch the session's version (nothing a
/// facilitator edits changes).
/// </summary>
public static class CreateInbrenglink
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("CreateInbrenglink", "Openbare inbrengpagina aangemaakt")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId) : ICommand<string>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, string>
    {
        public Task<string> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var bestaand = await c.QuerySingleOrDefaultAsync<string?>(
                "SELECT COALESCE(inbreng_token, '') FROM bijeenkomst WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId", cmd, tx)
                ?? throw new NotFoundException("De bijeenkomst bestaat niet (meer).");
            if (bestaand.Length > 0) return bestaand;
            var nieuw = Nieuw();
            await c.ExecuteAsync("UPDATE bijeenkomst SET inbreng_token = @nieuw WHERE id = @BijeenkomstId AND programma_id = @ProgrammaId",
                new { nieuw, cmd.BijeenkomstId, cmd.ProgrammaId }, tx);
            return nieuw;
        }, ct);
    }

    /// <summary>128 random bits as base64url: 22 characters, safe in a path.</summary>
    public static string Nieuw() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
