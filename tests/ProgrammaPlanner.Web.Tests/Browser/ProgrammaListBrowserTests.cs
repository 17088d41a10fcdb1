namespace ProgrammaPlanner.Web.Tests.Browser;

[Category("Browser")]
public class ProgrammaListBrowserTests
{
    [Test]
    public async Task ProgrammaList_Samples_ShowsEveryProgrammaAndIsAccessible()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();

        await page.OpenAsync(app, "/");

        Assert.That(await page.GetByTestId("programma-kaart").CountAsync(), Is.EqualTo(3));
        await page.ScreenshotAsync("programmas");
        await page.AssertAccessibleAsync();
    }
}
