using Microsoft.Data.Sqlite;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Looks at the database file before anything opens it for writing, so a start on a damaged or unusable file stops with
/// one Dutch sentence that names the file and says what to do, instead of a stack trace, and a 0-byte file (a failed
/// copy, a full disk) is never quietly migrated into an empty installation.
/// </summary>
public static class DatabaseCheck
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>The problem with the configured database as one Dutch sentence, or null when it can be used.</summary>
    public static string? Problem(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return null;
        var file = Path.GetFullPath(builder.DataSource);
        var folder = Path.GetDirectoryName(file)!;
        const string Herstel = "Zet een reservekopie terug, of verwijder het bestand als u met een lege installatie wilt beginnen.";

        if (Directory.Exists(file)) return $"De database '{file}' is een map, geen bestand. Geef in ConnectionStrings:ProgrammaPlanner een bestand op.";
        if (File.Exists(file))
        {
            if (new FileInfo(file).Length == 0)
                return $"Het databasebestand '{file}' is leeg (0 bytes), bijvoorbeeld na een mislukte kopie of een volle schijf. {Herstel}";
            var header = new byte[SqliteHeader.Length];
            try
            {
                using var stream = File.Open(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
                stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                return $"Het databasebestand '{file}' kan niet worden gelezen en beschreven (alleen-lezen of geen toegang). "
                    + "Geef de gebruiker die ProgrammaPlanner start lees- en schrijfrechten op het bestand en op de map.";
            }
            if (!header.AsSpan().SequenceEqual(SqliteHeader)) return $"Het bestand '{file}' is geen ProgrammaPlanner-database of is beschadigd. {Herstel}";
        }
        if (!CanWriteIn(folder))
            return $"In de map '{folder}' van de database kan niet worden geschreven (alleen-lezen of geen toegang). "
                + "SQLite legt naast het databasebestand zijn logbestanden aan; geef de gebruiker die ProgrammaPlanner start schrijfrechten op die map.";
        if (!File.Exists(file)) return null; // a new installation: the migrations create the file
        return QuickCheck(connectionString) ? null : $"Het databasebestand '{file}' is beschadigd. {Herstel}";
    }

    private static bool CanWriteIn(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".programmaplanner-schrijftest-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static bool QuickCheck(string connectionString)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check;";
            return command.ExecuteScalar() as string == "ok";
        }
        catch (SqliteException)
        {
            return false; // SQLITE_CORRUPT, SQLITE_NOTADB: the file cannot even be read as a database
        }
    }
}
