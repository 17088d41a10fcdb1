using Microsoft.Data.Sqlite;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Web;

/// <summary>
/// The command-line verb that moves an installation from its SQLite file to PostgreSQL (see <see cref="CopyToPostgres"/>):
///   copy-to-postgres --target "Host=…;Port=…;Username=…;Database=…"
/// The source is the configured database (--ConnectionStrings:ProgrammaPlanner="Data Source=…"), which must be SQLite;
/// the target must be an empty PostgreSQL database. Prints the rows per table on both sides; exit code 5 when they differ.
/// </summary>
public static class CopyToPostgresVerb
{
    public const string Name = "copy-to-postgres";

    /// <summary>Exit code when the counts differ after the copy (the copy was rolled back).</summary>
    public const int CountsDiffer = 5;

    /// <summary>
    /// Asked before the host migrates the configured database: a SQLite file that does not exist would otherwise be
    /// created empty and copied as an empty installation.
    /// </summary>
    public static string? SourceProblem(string connectionString)
    {
        if (Db.IsPostgresConnectionString(connectionString))
            return "De geconfigureerde database is geen SQLite-database: alleen een SQLite-installatie kan naar PostgreSQL worden gekopieerd.";
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return File.Exists(file)
            ? null
            : $"Het databasebestand '{Path.GetFullPath(file)}' bestaat niet. Geef de bron op met --ConnectionStrings:ProgrammaPlanner=\"Data Source=…\".";
    }

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var i = Array.IndexOf(args, "--target");
        if (i < 0 || i + 1 >= args.Length)
        {
            await error.WriteLineAsync($"Gebruik: {Name} --target \"Host=…;Port=…;Username=…;Database=…\"");
            return 1;
        }
        var bron = services.GetRequiredService<Db>();
        var doel = args[i + 1];
        if (!Db.IsPostgresConnectionString(doel))
        {
            await error.WriteLineAsync("Het doel is geen PostgreSQL-database: geef --target op als \"Host=…;Port=…;Username=…;Database=…\".");
            return 1;
        }

        CopyToPostgres.Result resultaat;
        try
        {
            await output.WriteLineAsync("Bezig met kopiëren naar PostgreSQL…");
            resultaat = await CopyToPostgres.RunAsync(bron, new Db(doel));
        }
        catch (InvalidOperationException e) // the target's migration failed, or a value that does not fit: rolled back
        {
            await error.WriteLineAsync(e.Message);
            return 4;
        }

        var gevuld = resultaat.Tables.Where(t => t.Source > 0 || !t.Matches).OrderBy(t => t.Table, StringComparer.Ordinal).ToList();
        var breedte = gevuld.Select(t => t.Table.Length).DefaultIfEmpty(0).Max();
        foreach (var t in gevuld)
            await output.WriteLineAsync($"  {t.Table.PadRight(breedte)}  {t.Source,8} → {t.Target,8}{(t.Matches ? "" : "  VERSCHIL")}");
        var leeg = resultaat.Tables.Count - gevuld.Count;
        if (leeg > 0) await output.WriteLineAsync($"  en {leeg} lege tabellen");

        var seconden = Opmaak.Getal(Math.Round((decimal)resultaat.Duration.TotalSeconds, 1));
        if (!resultaat.Matches)
        {
            var verschil = string.Join(", ", resultaat.Tables.Where(t => !t.Matches).Select(t => $"{t.Table}: {t.Source} → {t.Target}"));
            await error.WriteLineAsync(resultaat.Committed
                ? $"De aantallen rijen in de bron en het doel verschillen na het kopiëren ({verschil}). Schreef er nog iets in de bron of het doel? "
                    + "Maak het doel leeg en kopieer opnieuw terwijl ProgrammaPlanner stilstaat."
                : $"De aantallen rijen in de bron en het doel verschillen ({verschil}). De kopie is teruggedraaid; er is niets opgeslagen.");
            return CountsDiffer;
        }
        await output.WriteLineAsync($"Gekopieerd en gecontroleerd: {resultaat.Rows} rijen in {resultaat.Tables.Count} tabellen, in {seconden} s. "
            + "Start ProgrammaPlanner nu met de PostgreSQL-verbinding.");
        return 0;
    }
}
