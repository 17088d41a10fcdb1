using System.Net.Mime;
using Microsoft.AspNetCore.Http.HttpResults;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>
/// What every download endpoint does with a refusal or failure: a short Dutch text with the right status, never a
/// stack trace. The preview page's script shows that text to the user. Every answer carries Cache-Control: no-store
/// (plans, verslagen and exports name people; a shared computer or proxy must not keep them), and a file name never
/// carries control or bidi characters (an RTL override would make "gpj.exe" look like "exe.jpg").
/// </summary>
public static class Downloads
{
    /// <param name="wat">What was being made, for the message of an unexpected failure: "het programmaplan", "het verslag".</param>
    public static async Task<IResult> VeiligAsync(ILogger log, string wat, Func<Task<IResult>> maak)
    {
        return new GeenOpslag(await MaakAsync(log, wat, maak));
    }

    private static async Task<IResult> MaakAsync(ILogger log, string wat, Func<Task<IResult>> maak)
    {
        try
        {
            var result = await maak();
            return result is FileContentHttpResult f ? TypedResults.File(f.FileContents.ToArray(), f.ContentType, Bestandsnaam(f.FileDownloadName)) : result;
        }
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

    /// <summary>The name without control characters, bidi controls (U+200E/F, U+202A–E, U+2066–9, U+061C) and characters no file system accepts.</summary>
    public static string? Bestandsnaam(string? naam)
    {
        if (naam is null) return null;
        var schoon = new string(naam.Where(c => !char.IsControl(c) && !IsBidi(c) && !Verboden.Contains(c)).ToArray()).Trim();
        return schoon.Length > 0 ? schoon : "download";
    }

    private static readonly HashSet<char> Verboden = [.. Path.GetInvalidFileNameChars(), '/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    private static bool IsBidi(char c) => c is '\u200E' or '\u200F' or '\u061C' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Sets Cache-Control: no-store on whatever the endpoint answers, file or refusal.</summary>
    private sealed class GeenOpslag(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.CacheControl = "no-store";
            return inner.ExecuteAsync(http);
        }
    }
}
