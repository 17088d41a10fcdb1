namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>Finds the Chromium to print with: configuration <c>Pdf:BrowserPath</c> first, else the usual install paths.</summary>
public static class BrowserFinder
{
    public static readonly IReadOnlyList<string> Kandidaten =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/usr/bin/microsoft-edge", "/opt/google/chrome/chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ];

    /// <exception cref="BrowserNotFoundException">When none is found.</exception>
    public static string Zoek(string? ingesteld)
    {
        if (!string.IsNullOrWhiteSpace(ingesteld))
            return File.Exists(ingesteld) ? ingesteld : throw new BrowserNotFoundException(
                $"De PDF kan niet worden gemaakt: de ingestelde browser '{ingesteld}' (instelling Pdf:BrowserPath) bestaat niet. " +
                "Controleer het pad of haal de instelling weg om de gebruikelijke plaatsen te doorzoeken.");
        return Kandidaten.FirstOrDefault(File.Exists) ?? throw new BrowserNotFoundException(
            "De PDF kan niet worden gemaakt: er is geen Chromium, Chrome of Edge gevonden. Installeer Chromium " +
            "(bijvoorbeeld 'apt-get install chromium') of geef het pad op met de instelling Pdf:BrowserPath. " +
            "Het DOCX-bestand kan wel worden gedownload.");
    }
}
