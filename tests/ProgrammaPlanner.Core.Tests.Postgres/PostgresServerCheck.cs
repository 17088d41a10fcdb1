// Outside any namespace: NUnit runs this once before every test of the assembly.
[SetUpFixture]
public sealed class PostgresServerCheck
{
    /// <summary>No server: every test is skipped (or fails under CI=true) with one reason, before any fixture sets up.</summary>
    [OneTimeSetUp]
    public void FindServer() => PostgresTestServer.EnsureServer();
}
