using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Web.Endpoints;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>The .ics of a bijeenkomst names its time zone and carries its definition, for calendars that do not know the name.</summary>
public class AgendaTests
{
    [TestCase(2026, 11, 23, "+0100")] // winter time
    [TestCase(2027, 6, 14, "+0200")] // summer time
    public void Ics_LocalAmsterdamTime_WithAVtimezoneForEuropeAmsterdam(int jaar, int maand, int dag, string offset)
    {
        var ics = BijeenkomstenEndpoints.Agenda(new GetBijeenkomst.Bijeenkomst
        {
            Id = 7, ProgrammaId = 3, Titel = "Dialoogtafel jeugd", Datum = new(jaar, maand, dag), Begintijd = "14:00", Eindtijd = "16:30",
            Locatie = "Buurthuis", Version = 2,
        });
        var regels = ics.Split("\r\n");

        Assert.That(regels, Does.Contain($"DTSTART;TZID=Europe/Amsterdam:{jaar:0000}{maand:00}{dag:00}T140000"));
        Assert.That(regels, Does.Contain($"DTEND;TZID=Europe/Amsterdam:{jaar:0000}{maand:00}{dag:00}T163000"));
        var begin = Array.IndexOf(regels, "BEGIN:VTIMEZONE");
        var einde = Array.IndexOf(regels, "END:VTIMEZONE");
        Assert.That(begin, Is.GreaterThanOrEqualTo(0).And.LessThan(Array.IndexOf(regels, "BEGIN:VEVENT")), "de VTIMEZONE staat voor het VEVENT");
        var zone = regels[begin..einde];
        Assert.That(zone, Does.Contain("TZID:Europe/Amsterdam"));
        Assert.That(zone, Does.Contain("BEGIN:STANDARD").And.Contain("BEGIN:DAYLIGHT"), "winter- en zomertijd");
        Assert.That(zone, Does.Contain("TZOFFSETTO:+0100").And.Contain("TZOFFSETTO:+0200"));
        Assert.That(zone.Any(r => r == $"TZOFFSETTO:{offset}"), Is.True);
    }
}
