using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ProgrammaPlanner.Web.Tests.Browser.BijeenkomstenPages;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>The beamer in the room: code and QR while input is open, live with the phones and with clustering by dragging on the wall.</summary>
[Category("Browser")]
public class BeamerBrowserTests
{
    [Test]
    public async Task Beamer_CodeAndQr_PhoneBijdrageAppearsLive_DragOnWallClusters_ClosedSaysSo()
    {
        await using var app = await AppProcess.StartAsync();
        // Tall enough that both cards of the drag are on screen below the wall's panels: Chromium drops only on what it shows.
        var facilitator = await BrowserFixture.NewPageAsync(1366, 1400);
        var (id, code) = await CreateAndOpenAsync(facilitator, app);
        await Expect(facilitator.GetByRole(AriaRole.Link, new() { Name = "Beamerweergave" }))
            .ToHaveAttributeAsync("href", $"programmas/{SamenNoord}/bijeenkomsten/{id}/beamer");

        var beamer = await BrowserFixture.NewPageAsync(1920, 1080);
        await beamer.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/beamer?groep=cluster");
        await Expect(beamer.GetByTestId("beamer-code")).ToHaveTextAsync(code);
        await Expect(beamer.GetByTestId("beamer-qr")).ToBeVisibleAsync();
        Assert.That(await beamer.Locator(".mud-appbar, .programma-nav").CountAsync(), Is.Zero, "full screen: no app bar, no navigation");
        await beamer.AssertAccessibleAsync();

        var phone = await BrowserFixture.NewPageAsync(390, 844);
        await JoinAsync(phone, app, code);
        await SubmitAsync(phone, "Zwemles voor elk kind");
        await Expect(phone.GetByTestId("ontvangen")).ToBeVisibleAsync();
        var klok = Stopwatch.StartNew();
        await Expect(beamer.GetByTestId("beamer-kaart-tekst").Filter(new() { HasText = "Zwemles voor elk kind" })).ToBeVisibleAsync(new() { Timeout = 2000 });
        TestContext.Out.WriteLine($"Kaart op de beamer na {klok.ElapsedMilliseconds} ms");
        await SubmitAsync(phone, "Sportvereniging betaalbaar maken", "ambitie");
        await SubmitAsync(phone, "Zwemles op school", "idee");
        await Expect(beamer.GetByTestId("beamer-aantal")).ToHaveTextAsync("3 bijdragen", new() { Timeout = 2000 });
        await Expect(beamer.GetByTestId("beamer-groepnaam")).ToHaveTextAsync(["(geen cluster)"]);

        // On the wall: drag one card onto the other, which has no cluster yet: both go into a new cluster.
        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}/wand");
        var sport = facilitator.GetByTestId("wand-kaart").Filter(new() { HasText = "Sportvereniging" });
        var zwemles = facilitator.GetByTestId("wand-kaart").Filter(new() { HasText = "Zwemles voor elk kind" });
        await sport.DragToAsync(zwemles);
        await Expect(zwemles).ToContainTextAsync("cluster: Cluster 1");
        await Expect(sport).ToContainTextAsync("cluster: Cluster 1");
        await facilitator.ScreenshotAsync("wand-gesleept");
        await facilitator.AssertAccessibleAsync();

        var groep = beamer.GetByTestId("beamer-groep");
        await Expect(groep.GetByTestId("beamer-groepnaam")).ToHaveTextAsync(["Cluster 1", "(geen cluster)"], new() { Timeout = 2000 });
        await Expect(groep.First.GetByTestId("beamer-kaart")).ToHaveCountAsync(2);
        await beamer.ScreenshotAsync("beamer");
        await beamer.AssertAccessibleAsync();

        // With Shift the drop chooses both cards for merging; the panel proposes the merged text.
        var zwemlesOpSchool = facilitator.GetByTestId("wand-kaart").Filter(new() { HasText = "Zwemles op school" });
        // Shift pressed once the drag runs: Shift on the mouse-down itself would extend a text selection instead.
        await zwemlesOpSchool.HoverAsync();
        await facilitator.Mouse.DownAsync();
        var doel = await zwemles.BoundingBoxAsync();
        await facilitator.Mouse.MoveAsync(doel!.X + 20, doel.Y + 20, new() { Steps = 5 });
        await facilitator.Keyboard.DownAsync("Shift");
        await facilitator.Mouse.MoveAsync(doel.X + 30, doel.Y + 30, new() { Steps = 2 });
        await facilitator.Mouse.UpAsync();
        await facilitator.Keyboard.UpAsync("Shift");
        await Expect(facilitator.GetByLabel("Samengevoegde tekst")).ToHaveValueAsync("Zwemles voor elk kind / Zwemles op school");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Samenvoegen" }).ClickAsync();
        await Expect(beamer.GetByTestId("beamer-aantal")).ToHaveTextAsync("2 bijdragen", new() { Timeout = 2000 });
        await Expect(beamer.GetByTestId("beamer-kaart").Filter(new() { HasText = "+1 samengevoegd" })).ToHaveCountAsync(1);

        await facilitator.OpenAsync(app, $"/programmas/{SamenNoord}/bijeenkomsten/{id}");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Invoer sluiten" }).ClickAsync();
        await Expect(beamer.GetByTestId("beamer-gesloten")).ToHaveTextAsync("De invoer is gesloten.", new() { Timeout = 2000 });
        Assert.That(await beamer.GetByTestId("beamer-code").CountAsync(), Is.Zero);
        await beamer.ScreenshotAsync("beamer-gesloten");
        await beamer.AssertAccessibleAsync();
    }
}
