using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// The caller's role in a programma, so pages can hide what that role cannot do (the core refuses it anyway).
/// A non-member is refused by the authorization behavior before this runs.
/// </summary>
public static class GetMijnRechten
{
    /// <summary>A beheerder who is no member gets through with no role: they manage the members, they do not read the plan.</summary>
    [Vereist(Recht.Lezen, OokBeheerder = true)]
    public sealed record Query(long ProgrammaId) : IRequest<Rechten>, IProgrammaScoped;

    /// <summary>Rol null: a beheerder who is no member of the programma.</summary>
    public sealed record Rechten(string? Rol, bool IsBeheerder)
    {
        public bool MagBewerken => Toegang.Past(Recht.Bewerken, Rol);
        public bool MagFaciliteren => Toegang.Past(Recht.Faciliteren, Rol);
        public bool MagBesluiten => Toegang.Past(Recht.Besluiten, Rol);

        /// <summary>The command line and the sample loader act as the installation itself.</summary>
        public static readonly Rechten Systeem = new(ProgrammaRol.Facilitator, true);
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, Rechten>
    {
        public async Task<Rechten> Handle(Query query, CancellationToken ct)
        {
            if (user.IsSysteem) return Rechten.Systeem;
            await using var c = await db.OpenAsync(ct);
            var rij = await c.QuerySingleAsync<Row>(
                """
                SELECT l.rol, g.is_beheerder FROM gebruiker g LEFT JOIN lidmaatschap l ON l.gebruiker_id = g.id AND l.programma_id = @ProgrammaId
                WHERE g.id = @GebruikerId
                """, new { query.ProgrammaId, user.GebruikerId });
            return new Rechten(rij.Rol, rij.IsBeheerder);
        }
    }

    private sealed class Row
    {
        public string? Rol { get; init; }
        public bool IsBeheerder { get; init; }
    }
}
