using Microsoft.Extensions.Configuration;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>Configuration section <c>Pdf</c>: BrowserPath (optional) and MaxGelijktijdig (prints at once, default 3).</summary>
public sealed record PdfSettings(string? BrowserPath, int MaxGelijktijdig = 3)
{
    public static PdfSettings Uit(IConfiguration configuration) => new(
        configuration["Pdf:BrowserPath"],
        int.TryParse(configuration["Pdf:MaxGelijktijdig"], out var n) && n > 0 ? n : 3);
}
