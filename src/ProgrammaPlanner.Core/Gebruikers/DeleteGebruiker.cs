using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Deletes an account (AVG): the user themselves or a beheerder. Memberships, sessions and links go; the audit
/// trail stays readable, its rows now naming "verwijderde gebruiker" and the address blanked from the summaries.
/// Board decisions on plan versions keep the name under which they were taken: they are the record of that decision.
/// </summary>
public static class DeleteGebruiker
{
    public const string Verwijderd = "verwijderde gebruiker";

    [Vereist(Recht.Aangemeld)]
    [Logboek("DeleteGebruiker", "Gebruiker verwijderd")]
    public sealed record Command(long GebruikerId) : ICommand<Unit>;

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await Eigenaar.EisZelfOfBeheerderAsync(c, tx, user, cmd.GebruikerId);
            var email = await c.ExecuteScalarAsync<string?>("SELECT email FROM gebruiker WHERE id = @GebruikerId", cmd, tx)
                ?? throw new NotFoundException("Deze gebruiker bestaat niet (meer).");
            if (await Beheerders.IsLaatsteAsync(c, tx, cmd.GebruikerId))
                throw new RefusedException("Dit is de enige beheerder. Maak eerst iemand anders beheerder.");

            await c.ExecuteAsync(
                """
                UPDATE audit SET gebruiker = @Verwijderd WHERE gebruiker_id = @GebruikerId;
                UPDATE audit SET samenvatting = REPLACE(samenvatting, @email, '(verwijderd)') WHERE @email <> '' AND samenvatting LIKE '%' || @email || '%';
                DELETE FROM partner_lid WHERE gebruiker_id = @GebruikerId;
                DELETE FROM uitgaande_mail WHERE LOWER(aan) = LOWER(@email);
                DELETE FROM gebruiker WHERE id = @GebruikerId;
                """, new { cmd.GebruikerId, email, Verwijderd }, tx);
            return Unit.Value;
        }, ct);
    }
}

internal static class Eigenaar
{
    /// <summary>Own data is one's own business; someone else's only a beheerder's.</summary>
    public static async Task EisZelfOfBeheerderAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction? tx,
        ICurrentUser user, long gebruikerId)
    {
        if (user.IsSysteem || user.GebruikerId == gebruikerId) return;
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM gebruiker WHERE id = @GebruikerId AND is_beheerder = 1", new { user.GebruikerId }, tx) == 0)
            throw new GeenToegangException("Alleen een beheerder kan dit voor een ander account doen.");
    }
}
