using MediatR;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// The first beheerder of a fresh installation, in this order: the demo accounts of the local sample setup
/// (Demo:Accounts, on in Development only), or the account in configuration (Beheerder:Email, Beheerder:Naam,
/// Beheerder:Wachtwoord), or else a one-time setup link printed on the console once the server listens.
/// Nothing happens once any account exists.
/// </summary>
public static class EersteStart
{
    public const string DemoWachtwoord = "demo-wachtwoord";

    public static async Task RichInAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<WebGebruiker>().AlsSysteem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var config = app.Configuration;

        if (config.GetValue("Demo:Accounts", false))
        {
            if (await MaakDemoAccountsAsync(mediator))
                app.Logger.LogWarning("Demo-accounts aangemaakt (alleen voor lokaal gebruik), wachtwoord '{Wachtwoord}': beheerder@demo.local, " +
                    "redacteur@demo.local, lezer@demo.local, bestuurder@demo.local, centrum@demo.local.", DemoWachtwoord);
            return;
        }
        if (config["Beheerder:Email"] is { Length: > 0 } email && config["Beheerder:Wachtwoord"] is { Length: > 0 } wachtwoord)
        {
            if (await GeenAccountsAsync(mediator))
            {
                await mediator.Send(new CreateGebruiker.Command(email, config["Beheerder:Naam"] ?? "Beheerder", wachtwoord, true, []));
                app.Logger.LogInformation("Beheerder {Email} aangemaakt uit de configuratie.", email);
            }
            return;
        }
        if (await mediator.Send(new CreateInrichtingslink.Command()) is { } token)
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var adres = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                    ?? "http://localhost:5063";
                app.Logger.LogWarning("Eerste start: er is nog geen account. Maak het beheerdersaccount aan via {Link} (eenmalig, 7 dagen geldig).",
                    $"{adres.TrimEnd('/')}/inrichten?token={token}");
            });
    }

    private static async Task<bool> GeenAccountsAsync(IMediator mediator) => (await mediator.Send(new ListGebruikers.Query())).Count == 0;

    /// <summary>The demo setup of the README: one account per role over the sample programmes.</summary>
    private static async Task<bool> MaakDemoAccountsAsync(IMediator mediator)
    {
        if (!await GeenAccountsAsync(mediator)) return false;
        var programmas = await mediator.Send(new ListProgrammas.Query());
        async Task<List<CreateGebruiker.Lidmaatschap>> AllemaalAsync(string rol, bool metPartner = false)
        {
            var lijst = new List<CreateGebruiker.Lidmaatschap>();
            foreach (var p in programmas)
                lijst.Add(new(p.Id, rol, metPartner ? (await mediator.Send(new ListPartners.Query(p.Id))).FirstOrDefault()?.Id : null));
            return lijst;
        }
        var centrum = programmas.Where(p => p.Gebied.Contains("Centrum", StringComparison.Ordinal)).Select(p => new CreateGebruiker.Lidmaatschap(p.Id,
            ProgrammaRol.Facilitator));

        await mediator.Send(new CreateGebruiker.Command("beheerder@demo.local", "Bea Beheer", DemoWachtwoord, true,
            await AllemaalAsync(ProgrammaRol.Facilitator)));
        await mediator.Send(new CreateGebruiker.Command("redacteur@demo.local", "Rik Redacteur", DemoWachtwoord, false,
            await AllemaalAsync(ProgrammaRol.Redacteur)));
        await mediator.Send(new CreateGebruiker.Command("lezer@demo.local", "Lotte Lezer", DemoWachtwoord, false, await AllemaalAsync(ProgrammaRol.Lezer)));
        await mediator.Send(new CreateGebruiker.Command("bestuurder@demo.local", "Bert Bestuurder", DemoWachtwoord, false,
            await AllemaalAsync(ProgrammaRol.Bestuurder, metPartner: true)));
        var carla = await mediator.Send(new CreateGebruiker.Command("centrum@demo.local", "Carla Centrum", DemoWachtwoord, false, centrum.ToList()));
        foreach (var lid in centrum) await MaakEigenaarAsync(mediator, lid.ProgrammaId, carla);
        return true;
    }

    /// <summary>
    /// Owners are people: Carla owns the planned mijlpalen of two Amsterdam Centrum projects in person, so her start page shows them as
    /// overdue. The sample files carry no accounts (nor actiepunten), so this belongs to the demo setup, not to the samples.
    /// </summary>
    private static async Task MaakEigenaarAsync(IMediator mediator, long programmaId, long gebruikerId)
    {
        foreach (var item in (await mediator.Send(new ListProjecten.Query(programmaId))).Take(2))
        {
            var project = await mediator.Send(new GetProject.Query(programmaId, item.Id));
            foreach (var m in project.Mijlpalen.Where(m => m.Status == "gepland"))
                await mediator.Send(new SaveMijlpaal.Command(programmaId, project.Id, m.Id, m.Version, m.Titel, m.Datum, m.Status, m.NieuweDatum,
                    gebruikerId));
        }
    }
}
