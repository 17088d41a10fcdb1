namespace ProgrammaPlanner.Web.Tests;

[Category("Browser")]
public class HostTests
{
    private static readonly string[] SampleNames = ["Door verbinden en delen samen kracht", "Samen Noord", "Verbond van 100"];

    [Test]
    public async Task FirstStart_EmptyDatabase_ServesTheThreeSamplePrograms()
    {
        await using var app = await AppProcess.StartAsync(loadSamples: true, databaseFile: AppProcess.NewDatabaseFile());
        using var http = await app.ClientAsync();

        var html = await http.GetStringAsync("/");

        foreach (var naam in SampleNames) Assert.That(html, Does.Contain(naam), app.Log);
    }

    [Test]
    public async Task FirstStart_SamplesSwitchedOff_ShowsNoPrograms()
    {
        await using var app = await AppProcess.StartAsync(loadSamples: false);
        using var http = await app.ClientAsync();

        var html = await http.GetStringAsync("/");

        Assert.That(html, Does.Contain("Er zijn nog geen programma"));
    }
}
