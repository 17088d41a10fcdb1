using ProgrammaPlanner.Web.Components.Pages.Logboek;

namespace ProgrammaPlanner.Web.Tests.Components;

public class LogboekOnderwerpTests
{
    [TestCase("""{"ProgrammaId":1,"Naam":"Civic Amsterdam"}""", "Civic Amsterdam")]
    [TestCase("""{"ProgrammaId":1,"BijdrageId":4,"Version":1,"Project":{"ProgrammaId":1,"Naam":"Buurtkamer"}}""", "Buurtkamer")]
    [TestCase("""{"ProgrammaId":1,"Ids":[3,1,2]}""", "")]
    [TestCase("geen json", "")]
    public void Onderwerp_NameOfTheCommandOrOfWhatItCarries(string samenvatting, string verwacht) =>
        Assert.That(LogboekOnderwerp.Onderwerp(samenvatting), Is.EqualTo(verwacht));
}
