namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The Web tree mirrors the core: a page lives in the folder of the core area whose slices it sends, and each area's
/// endpoints in Endpoints/&lt;Area&gt;Endpoints.cs. Without this check new folders drift back in unnoticed.
/// </summary>
public class FolderTreeTests
{
    /// <summary>Core folders that hold plumbing, not slices of an area.</summary>
    private static readonly string[] CorePlumbing = ["bin", "obj", "Data", "Pipeline"];

    /// <summary>The only files allowed directly under Pages: the routing imports and the two error pages.</summary>
    private static readonly string[] PagesRootFiles = ["_Imports.razor", "Error.razor", "NotFound.razor"];

    private static string Web => AppProcess.WebProjectFolder;

    private static string[] CoreAreas() =>
        Directory.GetDirectories(Path.Combine(AppProcess.RepoRoot, "src", "ProgrammaPlanner.Core"))
            .Select(Path.GetFileName).OfType<string>().Except(CorePlumbing).Order().ToArray();

    [Test]
    public void PageFolders_EachNamedAfterACoreArea()
    {
        var areas = CoreAreas();
        var folders = Directory.GetDirectories(Path.Combine(Web, "Components", "Pages")).Select(Path.GetFileName).OfType<string>();

        Assert.That(areas, Is.Not.Empty);
        Assert.That(folders.Except(areas), Is.Empty,
            $"Each folder under Components/Pages is named after a folder of ProgrammaPlanner.Core: {string.Join(", ", areas)}.");
    }

    [Test]
    public void PagesRoot_HoldsOnlyTheErrorPagesAndImports()
    {
        var files = Directory.GetFiles(Path.Combine(Web, "Components", "Pages")).Select(Path.GetFileName).OfType<string>();

        Assert.That(files.Except(PagesRootFiles), Is.Empty,
            "A page belongs in the folder of its core area; a widget shown by more than one area in Components/Shared.");
    }

    [Test]
    public void EndpointFiles_EachNamedAfterACoreArea()
    {
        var areas = CoreAreas();
        var endpoints = Directory.GetFiles(Path.Combine(Web, "Endpoints"), "*Endpoints.cs")
            .Select(f => Path.GetFileNameWithoutExtension(f)[..^"Endpoints".Length]).ToArray();
        var elsewhere = Directory.GetFiles(Web, "*Endpoints.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => Path.GetRelativePath(Web, f))
            .Where(f => Path.GetDirectoryName(f) != "Endpoints");

        Assert.That(endpoints, Is.Not.Empty);
        Assert.That(endpoints.Except(areas), Is.Empty, "Endpoint files are named <core area>Endpoints.cs.");
        Assert.That(elsewhere, Is.Empty, "Endpoints live in src/ProgrammaPlanner.Web/Endpoints/.");
    }
}
