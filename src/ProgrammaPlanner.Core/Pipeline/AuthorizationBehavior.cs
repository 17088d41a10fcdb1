using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// Runs first, before validation, for every command and query: the caller's session must still be open and
/// their membership and role in the programma must allow the request (<see cref="Toegang"/>). The UI hides what a
/// role cannot do; this is what refuses. A non-member is told nothing about the programma, not even that it exists.
/// </summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(Db db, ICurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly VereistAttribute? Eis = Toegang.Voor(typeof(TRequest));

    /// <summary>How often a session's "last active" moment is written while it is used (a write per request would cost).</summary>
    private static readonly TimeSpan ActiefBijwerken = TimeSpan.FromMinutes(5);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (user.IsSysteem) return await next();
        var eis = Eis ?? throw new GeenToegangException("Deze opdracht is niet toegestaan.");
        if (eis.Recht == Recht.Iedereen) return await next();
        if (eis.Recht == Recht.Systeem) throw new GeenToegangException("Deze opdracht kan alleen op de server zelf worden uitgevoerd.");
        if (user.GebruikerId is not { } gebruikerId || user.SessieId is not { } sessieId) throw new NietAangemeldException();

        var programmaId = (request as IProgrammaScoped)?.ProgrammaId;
        var nu = clock.GetUtcNow();
        await using var c = await db.OpenAsync(cancellationToken);
        var caller = await c.QuerySingleOrDefaultAsync<Caller>(
            """
            SELECT g.is_beheerder AS IsBeheerder, s.laatst_actief_op AS LaatstActief,
                   (SELECT l.rol FROM lidmaatschap l WHERE l.gebruiker_id = g.id AND l.programma_id = @programmaId) AS Rol
            FROM gebruiker g JOIN sessie s ON s.gebruiker_id = g.id
            WHERE g.id = @gebruikerId AND s.id = @sessieId AND s.beeindigd_op IS NULL AND s.laatst_actief_op > @verlopen
            """, new { gebruikerId, sessieId, programmaId, verlopen = Tijd.Stempel(nu - Sessies.Geldigheid) })
            ?? throw new NietAangemeldException();

        if (string.CompareOrdinal(caller.LaatstActief, Tijd.Stempel(nu - ActiefBijwerken)) < 0)
            await c.ExecuteAsync("UPDATE sessie SET laatst_actief_op = @nu WHERE id = @sessieId", new { nu = Tijd.Stempel(nu), sessieId });

        var toegestaan = eis.Recht switch
        {
            Recht.Aangemeld => true,
            Recht.Beheerder => caller.IsBeheerder,
            _ when programmaId is null => false, // a programma right on a request without a programma: a mistake, refuse
            _ => Toegang.Past(eis.Recht, caller.Rol) || (eis.OokBeheerder && caller.IsBeheerder),
        };
        if (toegestaan) return await next();

        throw new GeenToegangException(eis.Recht switch
        {
            Recht.Beheerder => "Alleen een beheerder kan dit doen.",
            _ when caller.Rol is null => "U hebt geen toegang tot dit programma.",
            _ => $"Als {caller.Rol} kunt u dit niet doen; dit kan alleen {Toegang.Omschrijving(eis.Recht)} van dit programma.",
        });
    }

    private sealed class Caller
    {
        public bool IsBeheerder { get; init; }
        public string LaatstActief { get; init; } = "";
        public string? Rol { get; init; }
    }
}
