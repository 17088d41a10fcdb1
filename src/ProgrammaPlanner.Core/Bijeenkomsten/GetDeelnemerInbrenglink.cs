using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// For a phone that took part, after input closed: the token of the session's public inbreng page, so the "gesloten" page can
/// link to it. Only for the session this phone joined under this code (by its cookie key): a closed code alone, which may
/// have been used by other sessions too, gives nothing. Null: not joined, no page made yet, or an unknown code.
/// </summary>
public static class GetDeelnemerInbrenglink
{
    [Vereist(Recht.Iedereen)]
    public sealed record Query(string Code, string? DeelnemerSleutel) : IRequest<string?>, IDeelnemerRequest;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => DeelnemerRules.ApplyCode(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, string?>
    {
        public async Task<string?> Handle(Query query, CancellationToken ct)
        {
            if (string.IsNullOrEmpty(query.DeelnemerSleutel) || query.DeelnemerSleutel.Length > Tekstgrenzen.Kort) return null;
            await using var c = await db.OpenAsync(ct);
            return await c.QueryFirstOrDefaultAsync<string?>(
                """
                SELECT k.inbreng_token FROM bijeenkomst k JOIN deelnemer d ON d.bijeenkomst_id = k.id
                WHERE k.code = @code AND d.sleutel = @DeelnemerSleutel AND k.inbreng_token IS NOT NULL
                ORDER BY k.id DESC LIMIT 1
                """, new { code = Deelnamecode.Normaliseer(query.Code), query.DeelnemerSleutel });
        }
    }
}
