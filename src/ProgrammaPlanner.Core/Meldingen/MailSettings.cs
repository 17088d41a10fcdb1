namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>
/// The configuration section <c>Mail</c>: the SMTP server notifications go through. Without Host, Afzender and AppUrl nothing
/// is queued and the app behaves as without mail (whoever makes a link passes it on).
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? Gebruiker { get; set; }
    public string? Wachtwoord { get; set; }
    /// <summary>The From address, e.g. "ProgrammaPlanner &lt;planner@gemeente.nl&gt;".</summary>
    public string? Afzender { get; set; }
    /// <summary>none, starttls (the default) or ssl.</summary>
    public string Beveiliging { get; set; } = "starttls";
    /// <summary>The app's public base address, e.g. https://planner.gemeente.nl/: links in a mail are absolute.</summary>
    public string? AppUrl { get; set; }
    /// <summary>Tries before a mail is given up (the beheerder can try again).</summary>
    public int MaxPogingen { get; set; } = 8;

    public bool IsIngesteld => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(Afzender) && !string.IsNullOrWhiteSpace(AppUrl);

    /// <summary>An absolute link to a page of the app ("uitnodiging?token=..").</summary>
    public string Link(string pad) => $"{AppUrl!.TrimEnd('/')}/{pad.TrimStart('/')}";

    /// <summary>The pause after <paramref name="pogingen"/> failed tries: 1, 5, 15 minutes, then every hour.</summary>
    public static TimeSpan Wachttijd(int pogingen) => TimeSpan.FromMinutes(pogingen switch { <= 1 => 1, 2 => 5, 3 => 15, _ => 60 });
}
