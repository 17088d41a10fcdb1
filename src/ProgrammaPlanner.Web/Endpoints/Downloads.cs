using System.Net.Mime;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// What every download endpoint does with a refusal or failure: a short Dutch text with the right status, never a
/// stack trace. The preview page's script shows that text to the user.
/// </summary>
public static class Downloads
{
    /// <param name="wat">What was being made, for the message of an unexpected failure: "het programmaplan", "het verslag".</param>
    public static async Task<IResult> VeiligAsync(ILogger log, string wat, Func<Task<IResult>> maak)
    {
        try { return await maak(); }
        catch (NotFoundException e) { return Tekst(e.Message, StatusCodes.Status404NotFound); }
        catch (GeenToegangException e) { return Tekst(e.Message, StatusCodes.Status403Forbidden); }
        catch (NietAangemeldException e) { return Tekst(e.Message, StatusCodes.Status401Unauthorized); }
        catch (BrowserNotFoundException e) { return Tekst(e.Message, StatusCodes.Status503ServiceUnavailable); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Maken van {Wat} mislukt", wat);
            return Tekst($"{char.ToUpperInvariant(wat[0])}{wat[1..]} kon niet worden gemaakt door een onverwachte fout. Probeer het opnieuw; " +
                "blijft het misgaan, meld het dan aan de beheerder.", StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Tekst(string melding, int status) =>
        Results.Text(melding, MediaTypeNames.Text.Plain + "; charset=utf-8", statusCode: status);
}
