using Bunit;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Web.Tests.Components;

public class ServerValidationTests
{
    private static ValidationException Fout(params (string Veld, string Bericht)[] fouten) =>
        new(fouten.GroupBy(f => f.Veld).ToDictionary(g => g.Key, g => g.Select(f => f.Bericht).ToArray()));

    [Test]
    public async Task Show_MessagesAppearAtTheirFields()
    {
        await using var ctx = new ComponentContext();
        var cut = ctx.Bunit.Render<ValidationHost>();

        var elders = await cut.InvokeAsync(() =>
            cut.Instance.Validation.Show(Fout(("Naam", "Geef de partner een naam."), ("Leden[0].Naam", "Vul de naam van het lid in."))));

        Assert.That(cut.Find("#naam-melding").TextContent.Trim(), Is.EqualTo("Geef de partner een naam."));
        Assert.That(cut.Find("#lid-melding").TextContent.Trim(), Is.EqualTo("Vul de naam van het lid in."));
        Assert.That(elders, Is.Empty);
    }

    [Test]
    public async Task Show_FieldsNotOnTheForm_AreReturnedNotPlaced()
    {
        await using var ctx = new ComponentContext();
        var cut = ctx.Bunit.Render<ValidationHost>();

        var elders = await cut.InvokeAsync(() => cut.Instance.Validation.Show(
            Fout(("Naam", "Geef de partner een naam."), ("Trekker", "De trekker moet een partner zijn.")), ["Naam"]));

        Assert.That(elders, Is.EqualTo(new[] { "De trekker moet een partner zijn." }));
        Assert.That(cut.Find("#naam-melding").TextContent.Trim(), Is.EqualTo("Geef de partner een naam."));
        Assert.That(cut.Find("#alle-meldingen").TextContent, Does.Not.Contain("trekker"));
    }

    [Test]
    public async Task Show_UnknownPathWithoutList_StaysInTheFormsMessages()
    {
        await using var ctx = new ComponentContext();
        var cut = ctx.Bunit.Render<ValidationHost>();

        await cut.InvokeAsync(() => cut.Instance.Validation.Show(Fout(("partners[2].soort", "Partner 'X': soort 'sport' bestaat niet."))));

        Assert.That(cut.Find("#alle-meldingen").TextContent, Does.Contain("soort 'sport' bestaat niet"));
        Assert.That(cut.Find("#naam-melding").TextContent.Trim(), Is.Empty);
    }

    [Test]
    public async Task EditingTheField_ClearsItsMessageOnly()
    {
        await using var ctx = new ComponentContext();
        var cut = ctx.Bunit.Render<ValidationHost>();
        await cut.InvokeAsync(() =>
            cut.Instance.Validation.Show(Fout(("Naam", "Geef de partner een naam."), ("Leden[0].Naam", "Vul de naam van het lid in."))));

        cut.Find("#naam").Change("Civic Amsterdam");

        Assert.That(cut.Find("#naam-melding").TextContent.Trim(), Is.Empty);
        Assert.That(cut.Find("#lid-melding").TextContent.Trim(), Is.EqualTo("Vul de naam van het lid in."));
    }
}
