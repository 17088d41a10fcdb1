using System.Data.Common;
using System.Threading.RateLimiting;
using Dapper;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// The per-address request limits as token buckets that hold for the whole installation. On the SQLite file there is
/// one app instance, and ASP.NET's bucket in memory is exact and costs no write. On PostgreSQL several instances share
/// the database, and a bucket in one instance's memory would let N instances allow N times as much: there the bucket is
/// a row of table <c>verzoeklimiet</c> that every instance reads and moves forward in one statement.
/// </summary>
public static class Verzoeklimiet
{
    public static RateLimitPartition<string> TokenBucket(HttpContext http, string sleutel, Func<TokenBucketRateLimiterOptions> options)
    {
        var db = http.RequestServices.GetRequiredService<Db>();
        return db.IsPostgres
            ? RateLimitPartition.Get(sleutel, k => new DatabaseTokenBucket(db, http.RequestServices.GetRequiredService<TimeProvider>(),
                http.RequestServices.GetRequiredService<ILogger<DatabaseTokenBucket>>(), k, options()))
            : RateLimitPartition.GetTokenBucketLimiter(sleutel, _ => options());
    }
}

/// <summary>
/// A token bucket kept in the database, as one moment per key (the "generic cell rate algorithm"): <c>bezet_tot</c> is
/// when the allowance would be full again. Each permit moves it one interval (replenishment period ÷ tokens per period)
/// further; a request is allowed while that moment lies at most (token limit − 1) intervals ahead of now. The same
/// allowance, burst and wait as <see cref="TokenBucketRateLimiter"/>, with one conditional upsert per request, which the
/// database applies atomically however many instances ask at once.
/// </summary>
public sealed class DatabaseTokenBucket(Db db, TimeProvider clock, ILogger logger, string sleutel, TokenBucketRateLimiterOptions options) : RateLimiter
{
    private static long volgendeOpruiming; // Unix ms; rows whose allowance is full again are removed about once an hour

    private readonly long interval = Math.Max(1, (long)Math.Round(options.ReplenishmentPeriod.TotalMilliseconds / options.TokensPerPeriod));
    private long laatstGebruikt = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref laatstGebruikt));

    public override RateLimiterStatistics? GetStatistics() => null; // the count lives in the database, shared by all instances

    /// <summary>Answering needs the database, which is not done synchronously: the caller then asks <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Geweigerd(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, options.TokenLimit);
        Interlocked.Exchange(ref laatstGebruikt, clock.GetTimestamp());
        try
        {
            return await TakeAsync(permitCount, cancellationToken);
        }
        catch (DbException e)
        {
            // The database away (a restart, a failover): the request goes on and meets the outage where the user gets the
            // usual Dutch message (a save that stores nothing, a sign-in that cannot check the password), not a bare 500 here.
            logger.LogWarning(e, "Verzoeklimiet niet bijgewerkt: de database gaf geen antwoord; het verzoek gaat door.");
            return Lease.Toegestaan;
        }
    }

    private async Task<RateLimitLease> TakeAsync(int permitCount, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ruimte = interval * (options.TokenLimit - permitCount); // how far ahead bezet_tot may lie for this request to fit
        await using var c = await db.OpenAsync(cancellationToken);
        if (nu > Interlocked.Read(ref volgendeOpruiming))
        {
            Interlocked.Exchange(ref volgendeOpruiming, nu + (long)TimeSpan.FromHours(1).TotalMilliseconds);
            await c.ExecuteAsync("DELETE FROM verzoeklimiet WHERE bezet_tot < @nu", new { nu });
        }
        var toegestaan = await c.ExecuteScalarAsync<long?>(
            """
            INSERT INTO verzoeklimiet (sleutel, bezet_tot) VALUES (@sleutel, @nu + @kosten)
            ON CONFLICT (sleutel) DO UPDATE
                SET bezet_tot = CASE WHEN verzoeklimiet.bezet_tot > @nu THEN verzoeklimiet.bezet_tot ELSE @nu END + @kosten
                WHERE verzoeklimiet.bezet_tot - @nu <= @ruimte
            RETURNING bezet_tot
            """, new { sleutel, nu, kosten = interval * permitCount, ruimte });
        if (toegestaan is not null) return Lease.Toegestaan;
        var bezetTot = await c.ExecuteScalarAsync<long>("SELECT bezet_tot FROM verzoeklimiet WHERE sleutel = @sleutel", new { sleutel });
        return Lease.Geweigerd(TimeSpan.FromMilliseconds(Math.Max(1, bezetTot - nu - ruimte)));
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Toegestaan = new(true, null);

        public static Lease Geweigerd(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
