using Bunit;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Web.Components.Pages.Partners;

namespace ProgrammaPlanner.Web.Tests.Components;

public class PartnerFormTests
{
    [Test]
    public async Task BadInput_CoreMessagesAtTheirFields_NothingSavedNoCallback()
    {
        await using var ctx = new ComponentContext();
        var id = await ctx.CreateProgrammaAsync();
        var saved = 0;
        var cut = ctx.Bunit.Render<PartnerForm>(p => p.Add(x => x.ProgrammaId, id).Add(x => x.OnSaved, (long _) => saved++));

        cut.Veld("E-mailadres").Change("geen-adres");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.That(cut.Melding("Naam"), Is.EqualTo("Geef de partner een naam.")));
        Assert.That(cut.Melding("E-mailadres"), Does.StartWith("Vul een geldig e-mailadres in"));
        Assert.That(cut.Melding("Plaats"), Is.Empty);
        Assert.That(saved, Is.Zero);
        Assert.That(await ctx.SendAsync(new ListPartners.Query(id)), Is.Empty);
    }

    [Test]
    public async Task DuplicateName_HandlersMessageAtNaam()
    {
        await using var ctx = new ComponentContext();
        var id = await ctx.CreateProgrammaAsync();
        await ctx.SendAsync(new AddPartner.Command(id, "Stichting DOCK", "welzijn", "partner", "", "", "", "", ""));
        var cut = ctx.Bunit.Render<PartnerForm>(p => p.Add(x => x.ProgrammaId, id));

        cut.Veld("Naam").Change("Stichting DOCK");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.That(cut.Melding("Naam"), Does.Contain("al een partner met de naam 'Stichting DOCK'")));
        Assert.That(await ctx.SendAsync(new ListPartners.Query(id)), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task GoodInput_SavedWithBestuurderAndCallbackGetsTheId()
    {
        await using var ctx = new ComponentContext();
        var id = await ctx.CreateProgrammaAsync();
        long? savedId = null;
        var cut = ctx.Bunit.Render<PartnerForm>(p => p.Add(x => x.ProgrammaId, id).Add(x => x.OnSaved, (long pid) => savedId = pid));

        cut.Veld("Naam").Change("Stichting Prisma");
        cut.Veld("Naam bestuurder").Change("A. de Vries");
        cut.Veld("Functie bestuurder").Change("directeur-bestuurder");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.That(savedId, Is.Not.Null));
        var partner = (await ctx.SendAsync(new ListPartners.Query(id))).Single();
        Assert.That((partner.Id, partner.Naam, partner.BestuurderNaam, partner.BestuurderFunctie),
            Is.EqualTo((savedId!.Value, "Stichting Prisma", "A. de Vries", "directeur-bestuurder")));
    }

    private const string Uurtarief = "Uurtarief (euro per uur)";

    [Test]
    public async Task Uurtarief_TypedTheDutchWay_SavedExactly()
    {
        await using var ctx = new ComponentContext();
        var id = await ctx.CreateProgrammaAsync();
        long? savedId = null;
        var cut = ctx.Bunit.Render<PartnerForm>(p => p.Add(x => x.ProgrammaId, id).Add(x => x.OnSaved, (long pid) => savedId = pid));

        cut.Veld("Naam").Change("Stichting DOCK");
        cut.Veld(Uurtarief).Change("72,50");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.That(savedId, Is.Not.Null));
        Assert.That((await ctx.SendAsync(new ListPartners.Query(id))).Single().Uurtarief, Is.EqualTo(72.50m));
    }

    [Test]
    public async Task Uurtarief_Negative_CoreMessageAtTheField_NothingSaved()
    {
        await using var ctx = new ComponentContext();
        var id = await ctx.CreateProgrammaAsync();
        var cut = ctx.Bunit.Render<PartnerForm>(p => p.Add(x => x.ProgrammaId, id));

        cut.Veld("Naam").Change("Stichting DOCK");
        cut.Veld(Uurtarief).Change("-5");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.That(cut.Melding(Uurtarief), Is.EqualTo("Het uurtarief mag niet negatief zijn.")));
        Assert.That(await ctx.SendAsync(new ListPartners.Query(id)), Is.Empty);
    }

    [Test]
    public async Task Uurtarief_EditShowsItAndClearingRemovesIt()
    {
        await using var ctx = new ComponentContext();
        var id = await ctx.CreateProgrammaAsync();
        await ctx.SendAsync(new AddPartner.Command(id, "Stichting DOCK", "welzijn", "partner", "", "", "", "", "", 65m));
        var partner = (await ctx.SendAsync(new ListPartners.Query(id))).Single();
        var saved = 0;
        var cut = ctx.Bunit.Render<PartnerForm>(p => p.Add(x => x.ProgrammaId, id).Add(x => x.Partner, partner).Add(x => x.OnSaved, (long _) => saved++));

        Assert.That(cut.Veld(Uurtarief).GetAttribute("value"), Is.EqualTo("65"));
        cut.Veld(Uurtarief).Change("");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.That(saved, Is.EqualTo(1)));
        Assert.That((await ctx.SendAsync(new ListPartners.Query(id))).Single().Uurtarief, Is.Null);
    }
}
