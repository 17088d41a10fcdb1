using System.Globalization;

namespace ProgrammaPlanner.Core;

/// <summary>Time as the users live it: stored as sortable UTC text, shown and decided in Dutch local time.</summary>
public static class Tijd
{
    public static readonly TimeZoneInfo Nederland =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Local;

    /// <summary>UTC, sortable as text: the format of every stored moment (audit log, sessions, versions).</summary>
    public static string Stempel(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static string Stempel(TimeProvider clock) => Stempel(clock.GetUtcNow());

    /// <summary>The calendar day in the Netherlands (a board decides on a Dutch date).</summary>
    public static DateOnly Vandaag(TimeProvider clock) => Dag(clock.GetUtcNow());

    public static DateOnly Dag(string stempel) => Dag(DateTimeOffset.Parse(stempel, CultureInfo.InvariantCulture));

    public static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(NaarLokaal(moment));

    /// <summary>The wall-clock time in the Netherlands.</summary>
    public static DateTime NaarLokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Nederland).DateTime;
}
