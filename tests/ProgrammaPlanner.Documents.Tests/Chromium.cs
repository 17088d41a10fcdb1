using ProgrammaPlanner.Documents.Pdf;
using ProgrammaPlanner.TestSupport;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>
/// PDF tests need a real Chromium: skipped with the reason on a developer machine, failed with CI=true. Only a test in
/// Category("Browser") may ask for it, so the fast suite starts none.
/// </summary>
public static class Chromium
{
    public static void Require()
    {
        BrowserCategory.Require("Chromium");
        try { BrowserFinder.Zoek(null); }
        catch (BrowserNotFoundException e)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(e.Message);
            Assert.Ignore("Geen Chromium: " + e.Message);
        }
    }
}
