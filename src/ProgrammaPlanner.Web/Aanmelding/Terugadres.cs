namespace ProgrammaPlanner.Web.Aanmelding;

public static class Terugadres
{
    /// <summary>Only a path inside this app ("/programmas/2"); anything else (another host, "//evil") goes to the start page.</summary>
    public static string Veilig(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\",
            StringComparison.Ordinal)
            ? url
            : "/";
}
