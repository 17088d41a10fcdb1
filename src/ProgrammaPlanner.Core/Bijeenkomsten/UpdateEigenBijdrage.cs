using System.Data.Common;
using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant changes the soort and text of one of their own bijdragen while input is open. Anonymous
/// (<see cref="IDeelnemerRequest"/>): the join code and the phone's cookie key say whose it is; the bijdrage must belong
/// to the participant with that key in that session. Returns the new version.
/// </summary>
public static class UpdateEigenBijdrage
{
    // The cookie key is the phone's only credential: kept out of the audit summary, like a password.
    [Vereist(Recht.Iedereen)]
    [Logboek("UpdateEigenBijdrage", "Eigen bijdrage gewijzigd door deelnemer")]
    public sealed record Command(string Code, [property: JsonIgnore] string DeelnemerSleutel, long BijdrageId, int Version, string Soort, string Tekst)
        : ICommand<Result>, IDeelnemerRequest;

    public sealed record Result(long ProgrammaId, int Version) : IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            DeelnemerRules.ApplyCode(this);
            DeelnemerRules.ApplySleutel(this, x => x.DeelnemerSleutel);
            RuleFor(x => x.Soort).Must(s => BijdrageSoort.Alle.Contains(s))
                .WithMessage("Kies wat voor bijdrage het is: ambitie, belang, idee of zorg.");
            BijdrageRules.ApplyTekst(this, x => x.Tekst);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var eigen = await FindEigenAsync(c, tx, cmd.Code, cmd.DeelnemerSleutel, cmd.BijdrageId, cmd.Version);
            await c.ExecuteAsync("UPDATE bijdrage SET soort = @Soort, tekst = @Tekst, version = version + 1 WHERE id = @BijdrageId",
                new { cmd.Soort, Tekst = cmd.Tekst.Trim(), cmd.BijdrageId }, tx);
            return new Result(eigen.ProgrammaId, cmd.Version + 1);
        }, ct);
    }

    /// <summary>SQL over bijdrage b: the facilitator merged it (either side), linked or converted it, or marked it "niet overgenomen".</summary>
    internal static readonly string VerwerktSql =
        $"""
        (b.samengevoegd_in_id IS NOT NULL OR b.niet_overgenomen IS NOT NULL
         OR EXISTS (SELECT 1 FROM bijdrage m WHERE m.samengevoegd_in_id = b.id)
         OR {ElementSoort.GekoppeldSql})
        """;

    /// <summary>SQL over bijdrage b: someone voted on it, in any round. Changing it would change what they voted for.</summary>
    internal const string GestemdSql = "EXISTS (SELECT 1 FROM stem s WHERE s.bijdrage_id = b.id)";

    public const string Verwerkt = "De gespreksleider heeft deze bijdrage al verwerkt (samengevoegd, omgezet of beoordeeld), "
                                   + "dus u kunt hem niet meer wijzigen of intrekken. Vraag de gespreksleider als er iets moet veranderen.";

    public const string Gestemd = "Er is al op deze bijdrage gestemd, dus hij blijft staan zoals hij is. "
                                  + "Vraag de gespreksleider als er iets moet veranderen.";

    /// <summary>
    /// The participant's own bijdrage in the open session with this code, checked for a change by its owner: open for input
    /// (else "gesloten" on Code), this phone joined, the bijdrage is theirs (a foreign or unknown id reads the same: not found,
    /// so ids of others reveal nothing), not yet handled by the facilitator and not voted on, and still at this version.
    /// </summary>
    internal static async Task<OpenSessie> FindEigenAsync(DbConnection c, DbTransaction tx, string code, string sleutel, long bijdrageId,
        int version)
    {
        var sessie = await DeelnemerRules.FindOpenAsync(c, code, tx);
        var deelnemer = await DeelnemerRules.FindDeelnemerAsync(c, sessie.Id, sleutel, tx);
        var b = await c.QuerySingleOrDefaultAsync<Staat>(
            $$"""
            SELECT b.version, {{VerwerktSql}} AS verwerkt, {{GestemdSql}} AS gestemd
            FROM bijdrage b WHERE b.id = @bijdrageId AND b.bijeenkomst_id = @SessieId AND b.deelnemer_id = @DeelnemerId
            """, new { bijdrageId, SessieId = sessie.Id, DeelnemerId = deelnemer.Id }, tx)
            ?? throw BijeenkomstRules.BijdrageNotFound();
        // Handled first: a merge or convert also bumps the version, and "verwerkt" tells the participant more than "changed".
        if (b.Verwerkt) throw new RefusedException(Verwerkt);
        if (b.Gestemd) throw new RefusedException(Gestemd);
        if (b.Version != version) throw await Concurrency.ExplainAsync(c, "bijdrage", bijdrageId, sessie.ProgrammaId, "De bijdrage", tx);
        return sessie;
    }

    private sealed record Staat
    {
        public int Version { get; init; }
        public bool Verwerkt { get; init; }
        public bool Gestemd { get; init; }
    }
}
