using System.Globalization;

namespace ProgrammaPlanner.Core;

public static class Tijd
{
    /// <summary>UTC, sortable, the same format as the audit log.</summary>
    public static string Stempel(TimeProvider clock) =>
        clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>The calendar day in the Netherlands (a board decides on a Dutch date).</summary>
    public static DateOnly Vandaag(TimeProvider clock) => Dag(clock.GetUtcNow());

    public static DateOnly Dag(string stempel) => Dag(DateTimeOffset.Parse(stempel, CultureInfo.InvariantCulture));

    public static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(InNederland(moment));

    /// <summary>The wall-clock time in the Netherlands.</summary>
    public static DateTime InNederland(DateTimeOffset moment)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var z) ? z : TimeZoneInfo.Local;
        return TimeZoneInfo.ConvertTime(moment, zone).DateTime;
    }
}
