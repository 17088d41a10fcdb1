using System.Net;
using System.Net.Sockets;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Web.Components.Pages.Meldingen;

namespace ProgrammaPlanner.Web.Tests.Components;

/// <summary>The beheerder's page of outgoing mail: configured or not, the state of each mail, and "Nu opnieuw proberen".</summary>
public class MailPageTests
{
    [Test]
    public async Task ServerDown_ShowsTheWaitingMailWithItsError_AndRetryTriesAgain()
    {
        var port = VrijePoort();
        await using var ctx = new ComponentContext(new MailSettings
        {
            Host = "127.0.0.1", Port = port, Beveiliging = "none", Afzender = "planner@test.nl", AppUrl = "https://planner.test/",
        });
        await ctx.SendAsync(new InviteGebruiker.Command("collega@voorbeeld.nl", false));
        Assert.That(await ctx.Bunit.Services.GetRequiredService<MailSender>().SendDueAsync(), Is.Zero);

        var cut = ctx.Bunit.Render<MailPage>();

        cut.WaitForState(() => cut.FindAll("[data-testid=mail-tabel]").Count == 1);
        Assert.That(cut.Find("[data-testid=mail-ingesteld]").TextContent, Does.Contain($"127.0.0.1:{port}"));
        Assert.That(new[] { "wachtend", "verzonden", "opgegeven" }.Select(w => cut.Find($"[data-testid=mail-{w}]").TextContent.Trim()),
            Is.EqualTo(new[] { "1", "0", "0" }));
        var rij = cut.Find("[data-testid=mail-tabel] tbody tr").TextContent;
        Assert.That(rij, Does.Contain("collega@voorbeeld.nl").And.Contain("Uitnodiging voor ProgrammaPlanner").And.Contain("wacht, volgende poging")
            .And.Contain($"Geen verbinding met de mailserver 127.0.0.1:{port}"));
        Assert.That(cut.Find("td[data-label=Pogingen]").TextContent.Trim(), Is.EqualTo("1"));

        cut.Find("[data-testid=mail-opnieuw]").Click();

        // NUnit 4 keeps a failed Assert even when bUnit retries it: wait for the state, then assert once.
        cut.WaitForState(() => cut.Find("td[data-label=Pogingen]").TextContent.Trim() != "1");
        Assert.That(cut.Find("td[data-label=Pogingen]").TextContent.Trim(), Is.EqualTo("2"));
    }

    [Test]
    public async Task NotConfigured_SaysSo_AndOffersNoRetry()
    {
        await using var ctx = new ComponentContext();

        var cut = ctx.Bunit.Render<MailPage>();

        cut.WaitForState(() => cut.FindAll("[data-testid=mail-niet-ingesteld]").Count == 1);
        Assert.That(cut.Find("[data-testid=mail-niet-ingesteld]").TextContent, Does.Contain("Er is geen mailserver ingesteld"));
        Assert.That(cut.FindAll("[data-testid=mail-opnieuw]"), Is.Empty);
        Assert.That(cut.Markup, Does.Contain("Er is nog geen mail klaargezet."));
    }

    private static int VrijePoort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
