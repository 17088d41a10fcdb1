using System.Text;
using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Web.Aanmelding;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>POST /afmelden (ends the session, then the cookie) and GET /gebruikers/{id}/gegevens.json (AVG export).</summary>
public static class GebruikersEndpoints
{
    public static void MapGebruikers(this IEndpointRouteBuilder app)
    {
        app.MapPost("/afmelden", async (HttpContext http, IMediator mediator, IAntiforgery antiforgery) =>
        {
            // This endpoint binds no form, so nothing checks the token unless it is asked: a page elsewhere must not sign users out.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            if (http.User.Identity?.IsAuthenticated == true) await mediator.Send(new SignOut.Command());
            await http.SignOutAsync(AanmeldingSetup.Schema);
            return Results.LocalRedirect("/inloggen?afgemeld=true");
        }).DisableAntiforgery(); // checked above, explicitly

        app.MapGet("/gebruikers/{gebruikerId:long}/gegevens.json", (long gebruikerId, IMediator mediator, ILogger<SignOut.Command> log) =>
            Downloads.VeiligAsync(log, "het overzicht van uw gegevens", async () =>
                Results.File(new UTF8Encoding(false).GetBytes(await mediator.Send(new ExportGebruikersgegevens.Query(gebruikerId))),
                    "application/json", $"gegevens-gebruiker-{gebruikerId}.json")))
            .RequireAuthorization();
    }
}
