namespace ProgrammaPlanner.Documents.Tests;

/// <summary>The fast suite starts no Chromium: a test outside Category("Browser") that asks for it is stopped with a clear message.</summary>
public class BrowserCategoryTests
{
    [Test]
    public void Chromium_FromATestOutsideTheBrowserCategory_RefusedWithAClearMessage()
    {
        var e = Assert.Throws<InvalidOperationException>(Chromium.Require);
        Assert.That(e!.Message, Does.Contain(nameof(Chromium_FromATestOutsideTheBrowserCategory_RefusedWithAClearMessage))
            .And.Contain("[Category(\"Browser\")]"));
    }
}
