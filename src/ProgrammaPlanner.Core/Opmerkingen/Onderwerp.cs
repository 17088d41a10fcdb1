using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>
/// What a comment is about: an element of the plan by its soort and key (its id, or for a written chapter its
/// <see cref="Hoofdstuksoort"/>). Only elements of the comment's own programma count.
/// </summary>
public static class Onderwerp
{
    public const string Speerpunt = "speerpunt";
    public const string Doelstelling = "doelstelling";
    public const string Project = "project";
    public const string Basisvoorwaarde = "basisvoorwaarde";
    public const string Hoofdstuk = "hoofdstuk";
    public const string EigenHoofdstuk = "eigen-hoofdstuk";

    public static readonly IReadOnlyList<string> Soorten = [Speerpunt, Doelstelling, Project, Basisvoorwaarde, Hoofdstuk, EigenHoofdstuk];

    /// <summary>The Dutch word for the soort, as the UI shows it.</summary>
    public static string Label(string soort) => soort switch
    {
        Speerpunt => "Speerpunt",
        Doelstelling => "Doelstelling",
        Project => "Project",
        Basisvoorwaarde => "Basisvoorwaarde",
        Hoofdstuk => "Hoofdstuk",
        EigenHoofdstuk => "Eigen hoofdstuk",
        _ => soort,
    };

    /// <summary>
    /// The SQL expression for the title of the element of comment row <c>o</c> (NULL when it is not in o's programma);
    /// a written chapter's title comes from <see cref="Hoofdstuksoort"/>, so here it is its soort.
    /// </summary>
    internal const string TitelSql =
        """
        CASE o.onderwerp_soort
            WHEN 'speerpunt' THEN (SELECT x.naam FROM speerpunt x WHERE x.id = CAST(o.onderwerp AS INTEGER) AND x.programma_id = o.programma_id)
            WHEN 'doelstelling' THEN (SELECT x.naam FROM doelstelling x WHERE x.id = CAST(o.onderwerp AS INTEGER) AND x.programma_id = o.programma_id)
            WHEN 'project' THEN (SELECT x.naam FROM project x WHERE x.id = CAST(o.onderwerp AS INTEGER) AND x.programma_id = o.programma_id)
            WHEN 'basisvoorwaarde' THEN (SELECT x.tekst FROM basisvoorwaarde x WHERE x.id = CAST(o.onderwerp AS INTEGER) AND x.programma_id = o.programma_id)
            WHEN 'eigen-hoofdstuk' THEN (SELECT x.titel FROM eigen_hoofdstuk x WHERE x.id = CAST(o.onderwerp AS INTEGER) AND x.programma_id = o.programma_id)
            WHEN 'hoofdstuk' THEN o.onderwerp
        END
        """;

    /// <summary>The title a person recognises the element by (a written chapter's soort becomes its title).</summary>
    public static string Titel(string soort, string titel) =>
        soort == Hoofdstuk ? Hoofdstuksoort.Van(titel)?.Titel ?? titel : titel;

    /// <summary>The element's title, or a NotFound when the programma has no such element.</summary>
    internal static async Task<string> TitelAsync(DbConnection c, DbTransaction? tx, long programmaId, string soort, string onderwerp)
    {
        if (soort == Hoofdstuk)
            return Hoofdstuksoort.Bewerkbaar.FirstOrDefault(h => h.Soort == onderwerp)?.Titel ?? throw NietGevonden(soort);
        if (!long.TryParse(onderwerp, out _)) throw NietGevonden(soort);
        var titel = await c.ExecuteScalarAsync<string?>(
            $"SELECT {TitelSql} FROM (SELECT @programmaId AS programma_id, @soort AS onderwerp_soort, @onderwerp AS onderwerp) o",
            new { programmaId, soort, onderwerp }, tx);
        return titel ?? throw NietGevonden(soort);
    }

    private static NotFoundException NietGevonden(string soort) =>
        new($"{Label(soort)} bestaat niet (meer) in dit programma; uw opmerking is niet geplaatst.");
}
