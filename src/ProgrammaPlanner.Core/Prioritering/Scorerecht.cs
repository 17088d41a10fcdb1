using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Prioritering;

/// <summary>
/// Who may score for which partner, and the one writer of a partner's scores. A facilitator or redacteur enters scores
/// for any partner (logged as entered on the partner's behalf); while a round is open a member linked to a partner
/// (partner_lid) scores for that partner only, and so does the partner's personal link.
/// </summary>
public static class Scorerecht
{
    public const string RondeNietOpen =
        "De prioriteringsronde is niet open. Scores geven kan alleen zolang de facilitator de ronde open heeft.";

    public const string AndereHeeftPartner =
        "U kunt alleen scores geven voor de partner die u vertegenwoordigt.";

    public const string NietGekoppeld =
        "U bent niet aan een partner gekoppeld. Vraag de facilitator om u aan uw organisatie te koppelen; daarna kunt u hier scoren.";

    public sealed record Ronde
    {
        public bool Open { get; init; }
        public string GeopendOp { get; init; } = "";
        public string? GeslotenOp { get; init; }
    }

    public static Task<Ronde?> RondeAsync(DbConnection c, long programmaId, DbTransaction? tx) =>
        c.QuerySingleOrDefaultAsync<Ronde?>(
            "SELECT open, geopend_op AS GeopendOp, gesloten_op AS GeslotenOp FROM prioriteringsronde WHERE programma_id = @programmaId",
            new { programmaId }, tx);

    /// <summary>Facilitator or redacteur (or the installation itself): sees and enters every partner's scores.</summary>
    public static async Task<bool> MagAllesAsync(DbConnection c, ICurrentUser user, long programmaId, DbTransaction? tx) =>
        user.IsSysteem || Toegang.Past(Recht.Bewerken, await c.ExecuteScalarAsync<string?>(
            "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId",
            new { user.GebruikerId, programmaId }, tx));

    /// <summary>The partner the caller represents in this programma (any role), or null.</summary>
    public static Task<long?> PartnerVanAsync(DbConnection c, ICurrentUser user, long programmaId, DbTransaction? tx) =>
        user.GebruikerId is null
            ? Task.FromResult<long?>(null)
            : c.ExecuteScalarAsync<long?>(
                """
                SELECT pl.partner_id FROM partner_lid pl
                JOIN lidmaatschap l ON l.gebruiker_id = pl.gebruiker_id AND l.programma_id = pl.programma_id
                WHERE pl.gebruiker_id = @GebruikerId AND pl.programma_id = @programmaId
                """, new { user.GebruikerId, programmaId }, tx);

    public static void ApplyScores<T>(AbstractValidator<T> v, Func<T, IReadOnlyList<SetScores.Score>> scores)
    {
        v.RuleFor(x => scores(x)).Must(s => s.Count <= 10_000).WithMessage("Te veel scores in één keer.").OverridePropertyName("Scores");
        v.RuleForEach(x => scores(x)).Must(s => s.Waarde is null or (>= 1 and <= 5))
            .WithMessage("Geef een score van 1 tot en met 5 (of laat het vak leeg).").OverridePropertyName("Scores");
    }

    /// <summary>Writes one partner's cells (a value sets it, null clears it) after checking every id belongs to the programma.</summary>
    public static async Task WriteAsync(DbConnection c, DbTransaction tx, long programmaId, long partnerId, IReadOnlyList<SetScores.Score> scores)
    {
        var args = new
        {
            programmaId, partnerId, Projecten = scores.Select(s => s.ProjectId).Distinct().ToList(),
            Criteria = scores.Select(s => s.CriteriumId).Distinct().ToList()
        };
        await using var grid = await c.QueryMultipleAsync(
            $"""
            SELECT COUNT(*) FROM partner WHERE id = @partnerId AND programma_id = @programmaId;
            SELECT COUNT(*) FROM project WHERE {c.InList("id", "@Projecten")} AND programma_id = @programmaId;
            SELECT COUNT(*) FROM criterium WHERE {c.InList("id", "@Criteria")} AND programma_id = @programmaId;
            """, args, tx);
        if (await grid.ReadSingleAsync<long>() == 0) throw ValidationException.For("PartnerId", "Kies een partner van dit programma.");
        if (await grid.ReadSingleAsync<long>() != args.Projecten.Count || await grid.ReadSingleAsync<long>() != args.Criteria.Count)
            throw ValidationException.For("Scores", "Er zijn projecten of criteria bij die niet (meer) bij dit programma horen. Laad de pagina opnieuw.");

        foreach (var s in scores)
            if (s.Waarde is { } waarde)
                await c.ExecuteAsync(
                    """
                    INSERT INTO score (criterium_id, project_id, partner_id, waarde) VALUES (@CriteriumId, @ProjectId, @partnerId, @waarde)
                    ON CONFLICT (criterium_id, project_id, partner_id) DO UPDATE SET waarde = excluded.waarde
                    """, new { s.CriteriumId, s.ProjectId, partnerId, waarde }, tx);
            else
                await c.ExecuteAsync("DELETE FROM score WHERE criterium_id = @CriteriumId AND project_id = @ProjectId AND partner_id = @partnerId",
                    new { s.CriteriumId, s.ProjectId, partnerId }, tx);
    }
}
