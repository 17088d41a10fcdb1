using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.TestSupport;
using ProgrammaPlanner.Web.Aanmelding;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// The per-address limits on PostgreSQL, where several app instances share one database: together they allow what one
/// instance would, and the wait they state is the bucket's own.
/// </summary>
[Category("Browser")]
public class VerzoeklimietTests
{
    private static readonly TokenBucketRateLimiterOptions DrieTotEenPerSeconde = new()
    {
        TokenLimit = 3, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0,
    };

    [Test]
    public async Task TwoInstances_ShareOneBucket_TheWaitIsTheBucketsOwn_ATokenComesBackPerInterval()
    {
        PostgresTestServer.EnsureServer();
        var database = PostgresTestServer.CreateDatabase();
        try
        {
            var klok = new Klok();
            var a = new DatabaseTokenBucket(new Db(database), klok, NullLogger.Instance, "inloggen:203.0.113.9", DrieTotEenPerSeconde);
            var b = new DatabaseTokenBucket(new Db(database), klok, NullLogger.Instance, "inloggen:203.0.113.9", DrieTotEenPerSeconde);
            var ander = new DatabaseTokenBucket(new Db(database), klok, NullLogger.Instance, "inloggen:198.51.100.7", DrieTotEenPerSeconde);

            Assert.That(new[] { await Acquired(a), await Acquired(b), await Acquired(a) }, Is.All.True, "the burst: three");
            using (var geweigerd = await b.AcquireAsync())
            {
                Assert.That(geweigerd.IsAcquired, Is.False, "B counts what A allowed");
                Assert.That(geweigerd.TryGetMetadata(MetadataName.RetryAfter, out var wacht) ? wacht : default, Is.EqualTo(TimeSpan.FromSeconds(1)));
            }
            Assert.That(await Acquired(ander), Is.True, "another address has its own bucket");

            klok.Nu += TimeSpan.FromMilliseconds(999);
            Assert.That(await Acquired(a), Is.False, "not before the stated wait");
            klok.Nu += TimeSpan.FromMilliseconds(1);
            Assert.That(await Acquired(b), Is.True, "one token back after one interval");
            Assert.That(await Acquired(a), Is.False, "and only one");

            klok.Nu += TimeSpan.FromMinutes(1);
            Assert.That(new[] { await Acquired(b), await Acquired(a), await Acquired(b), await Acquired(a) }, Is.EqualTo(new[] { true, true, true, false }),
                "a full bucket again after a long wait, never more than the limit");
        }
        finally
        {
            PostgresTestServer.DropDatabase(database);
        }
    }

    [Test]
    public async Task DatabaseAway_TheRequestGoesOn_ToMeetTheOutageWhereTheUserGetsTheUsualMessage()
    {
        var weg = new Db("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2"); // nothing listens on port 1
        var bucket = new DatabaseTokenBucket(weg, new Klok(), NullLogger.Instance, "deelnemen:203.0.113.9", DrieTotEenPerSeconde);

        Assert.That(await Acquired(bucket), Is.True);
    }

    [Test]
    public async Task SignInPosts_SpreadOverTwoInstances_CountTogether()
    {
        PostgresTestServer.EnsureServer();
        var database = PostgresTestServer.CreateDatabase();
        try
        {
            await using var a = await AppProcess.StartOnPostgresAsync(database, "--Aanmelding:PogingenPerMinuut=3");
            await using var b = await AppProcess.StartOnPostgresAsync(database, "--Aanmelding:PogingenPerMinuut=3");
            var opA = await AanmeldingTests.LoginForm.OpenAsync(a);
            var opB = await AanmeldingTests.LoginForm.OpenAsync(b);

            var statussen = new List<HttpStatusCode>();
            foreach (var (formulier, i) in new[] { opA, opB, opA, opB }.Select((f, i) => (f, i)))
                statussen.Add((await formulier.PostAsync($"iemand{i}@test.nl", "gok")).Status);
            var laatste = await opA.PostAsync("iemand9@test.nl", "gok");

            Assert.That(string.Join(" ", statussen), Is.EqualTo("OK OK OK TooManyRequests"),
                b.Log);
            Assert.That(laatste.Status, Is.EqualTo(HttpStatusCode.TooManyRequests), "A counts what B allowed");
            Assert.That(laatste.RetryAfter, Is.InRange(15, 20), "one try comes back every 60/3 seconds");
            Assert.That(laatste.Html, Does.Contain("Er komen te veel verzoeken van dit adres tegelijk"));
        }
        finally
        {
            PostgresTestServer.DropDatabase(database);
        }
    }

    private static async Task<bool> Acquired(RateLimiter limiter)
    {
        using var lease = await limiter.AcquireAsync();
        return lease.IsAcquired;
    }

    private sealed class Klok : TimeProvider
    {
        public DateTimeOffset Nu { get; set; } = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Nu;
    }
}
