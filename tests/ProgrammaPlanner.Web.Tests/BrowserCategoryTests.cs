using ProgrammaPlanner.Web.Tests.Browser;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>The fast suite starts no app and no Chromium: a test outside Category("Browser") that tries is stopped with a clear message.</summary>
public class BrowserCategoryTests
{
    [Test]
    public void AppProcess_FromATestOutsideTheBrowserCategory_RefusedWithAClearMessage()
    {
        var e = Assert.ThrowsAsync<InvalidOperationException>(() => AppProcess.RunVerbAsync(AppProcess.NewDatabaseFile(), "export"));
        Assert.That(e!.Message, Does.Contain(nameof(AppProcess_FromATestOutsideTheBrowserCategory_RefusedWithAClearMessage))
            .And.Contain("de app als proces").And.Contain("[Category(\"Browser\")]"));
    }

    [Test]
    public void Chromium_FromATestOutsideTheBrowserCategory_RefusedWithAClearMessage()
    {
        var e = Assert.ThrowsAsync<InvalidOperationException>(BrowserFixture.BrowserAsync);
        Assert.That(e!.Message, Does.Contain("start Chromium").And.Contain("[Category(\"Browser\")]"));
    }
}
