namespace ProgrammaPlanner.Web.Tests;

/// <summary>For the tests that stage a storage fault (a full or read-only disk, a file the app may not read).</summary>
public static class Storingstest
{
    /// <summary>
    /// This machine cannot stage the fault (no root, a tool missing): skipped on a developer's machine, but in CI
    /// (CI=true) a storage-fault test that does not run is a failure, as a browser test without Chromium is.
    /// </summary>
    public static void NietUitvoerbaar(string reden)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true, maar deze storingstest kan hier niet draaien: {reden}");
        Assert.Ignore(reden);
    }
}
