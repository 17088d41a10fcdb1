using System.Text;
using System.Text.RegularExpressions;
using MediatR;
using ProgrammaPlanner.Core.Programmas;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>Download of a whole programma as its JSON exchange file (the format ImportProgramma reads).</summary>
public static partial class ProgrammasEndpoints
{
    public static IEndpointRouteBuilder MapProgrammas(this IEndpointRouteBuilder app)
    {
        app.MapGet("/programmas/{programmaId:long}/export.json", (long programmaId, IMediator mediator, ILogger<GetProgramma.Query> log, CancellationToken ct)
            =>
            Downloads.VeiligAsync(log, "het uitwisselbestand", async () =>
            {
                var programma = await mediator.Send(new GetProgramma.Query(programmaId), ct);
                var json = await mediator.Send(new ExportProgramma.Query(programmaId), ct);
                return Results.File(new UTF8Encoding(false).GetBytes(json), "application/json", BestandsNaam(programma.Naam));
            }));
        return app;
    }

    /// <summary>"Samen Noord" → "samen-noord.json". Only letters and digits reach Normalize, which throws on a non-character (U+FFFE).</summary>
    public static string BestandsNaam(string naam)
    {
        var letters = new string(naam.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        var basis = NietToegestaan().Replace(letters.Normalize(NormalizationForm.FormD).ToLowerInvariant(), "-").Trim('-');
        return (basis.Length == 0 ? "programma" : basis) + ".json";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NietToegestaan();
}
