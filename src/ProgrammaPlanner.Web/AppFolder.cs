namespace ProgrammaPlanner.Web;

/// <summary>
/// Where the app's own files live. <c>dotnet run</c> starts the app in the folder the user typed the command in
/// (RunWorkingDirectory in the csproj), so a relative --file or --out means what the user sees; the content root
/// (appsettings, data/, wwwroot) stays the project folder when the app runs from its own build output under it.
/// A content root given explicitly (ASPNETCORE_CONTENTROOT, --contentRoot) wins; a published app keeps the default.
/// </summary>
public static class AppFolder
{
    public static WebApplicationOptions Options(string[] args) => new() { Args = args, ContentRootPath = ProjectFolder(args) };

    private static string? ProjectFolder(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 })
            return null;
        // bin/<Configuration>/<framework>[/<runtime>]/ under the project folder
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 5 && dir is not null; i++, dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProgrammaPlanner.Web.csproj"))) return dir.FullName;
        return null;
    }
}
