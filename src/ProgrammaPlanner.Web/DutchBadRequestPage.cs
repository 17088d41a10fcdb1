using System.Text;

namespace ProgrammaPlanner.Web;

/// <summary>
/// The framework answers a refused form post with an English text ("A valid antiforgery token was not provided …",
/// "The POST request does not specify which form is being submitted …") or an empty 400. A user who posts an
/// expired page, or the same form twice, gets this Dutch page instead. Only form posts are looked at; their answers
/// are small pages, so buffering them costs nothing worth noting.
/// </summary>
public static class DutchBadRequestPage
{
    public const string Kop = "Het formulier kon niet worden verwerkt";

    private static readonly byte[] Page = Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{{Kop}} – ProgrammaPlanner</title>
        <style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
        a { color: #1f4e79; }</style></head>
        <body>
        <main>
        <h1>{{Kop}}</h1>
        <p>De pagina was verlopen of het formulier is al eens verstuurd. Er is niets opgeslagen.</p>
        <p>Ga terug, laad de pagina opnieuw en probeer het nog eens, of ga naar <a href="/">de startpagina</a>.</p>
        </main>
        </body>
        </html>
        """);

    public static IApplicationBuilder UseDutchBadRequestPage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        // The framework's refusals are a bare sentence (even when labelled text/html) or nothing; a page of the app starts with a tag.
        var page = buffer.Length > 0 && buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 64)).TrimStart(" \r\n\t\uFEFF"u8) is [(byte)'<', ..];
        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && !page && !context.Response.HasStarted)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = Page.Length;
            await original.WriteAsync(Page);
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
    });
}
