namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>The accessibility check every page test leans on finds a violation when there is one, and only then.</summary>
[Category("Browser")]
public class ToegankelijkheidCheckTests
{
    [Test]
    public async Task AnImageWithoutText_IsAViolation_AndWithTextItIsNot()
    {
        var page = await BrowserFixture.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>Proef</title></head><body><main><h1>Proef</h1>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");

        var fout = Assert.ThrowsAsync<AssertionException>(page.AssertAccessibleAsync);
        Assert.That(fout!.Message, Does.Contain("image-alt").And.Contain("<img"));

        await page.Locator("img").EvaluateAsync("img => img.alt = 'Logo'");
        await page.AssertAccessibleAsync(); // the same page, axe already in it: checked again, now clean
    }
}
