using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>PDF tests need a real Chromium: skipped with the reason on a developer machine, failed with CI=true.</summary>
public static class Chromium
{
    public static void Require()
    {
        try { BrowserFinder.Zoek(null); }
        catch (BrowserNotFoundException e)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(e.Message);
            Assert.Ignore("Geen Chromium: " + e.Message);
        }
    }
}
