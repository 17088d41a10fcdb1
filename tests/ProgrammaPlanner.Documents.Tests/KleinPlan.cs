using ProgrammaPlanner.Core.Programmaplan;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents.Tests;

/// <summary>A tiny hand-built plan (Dutch characters, money, two years) for the document machinery on its own.</summary>
public static class KleinPlan
{
    public static Plan.Programmaplan Create()
    {
        Plan.Partner[] partners =
        [
            new() { Id = 1, Naam = "Stichting Één Buurt", Soort = "welzijn", Rol = "penvoerder", BestuurderNaam = "Zoë de Vries",
                BestuurderFunctie = "directeur-bestuurder", Plaats = "Amsterdam" },
            new() { Id = 2, Naam = "Woonstichting Noordëlijk", Soort = "wonen", Rol = "partner", BestuurderNaam = "Anaïs Müller",
                BestuurderFunctie = "voorzitter raad van bestuur", Plaats = "Zaandam" },
        ];
        var inzet = new List<(long Project, long Partner, int Jaar, decimal Euro, decimal Uren)>
        {
            (10, 1, 2026, 12_500m, 120), (10, 2, 2026, 7_499.99m, 40), (10, 1, 2027, 13_000.01m, 100), (11, 2, 2027, 25_000m, 0),
        };
        var posten = inzet.Select(i => new Begroting.Post(i.Project, i.Partner, i.Jaar, i.Euro, i.Uren)).ToList();
        var jaren = Begroting.Jaren(2026, 2027, posten);
        Plan.Project Project(long id, string naam, long trekker, string[] deelnemers) => new()
        {
            Id = id, Naam = naam, Doel = "Bewoners vinden sneller de weg naar hulp; één loket voor ouderen én jongeren.",
            TrekkerId = trekker, Trekker = partners.First(p => p.Id == trekker).Naam, Partners = deelnemers, Status = "lopend",
            Doelstellingen = ["Minder eenzaamheid onder ouderen"], Startdatum = new(2026, 3, 1), Einddatum = new(2027, 6, 30),
            Mijlpalen = [new() { Titel = "Eerste buurtkamer open", Datum = new(2026, 9, 1), Status = "gepland" }],
            Risicos = [new() { Omschrijving = "Te weinig vrijwilligers", Kans = "middel", Impact = "hoog",
                Maatregel = "Werving via de Vrijwilligerscentrale" }],
            TotaalEuro = posten.Where(p => p.ProjectId == id).Sum(p => p.Euro), TotaalUren = posten.Where(p => p.ProjectId == id).Sum(p => p.Uren),
        };
        return new()
        {
            Programma = new()
            {
                Id = 1, Naam = "Samen Sterk Noord", Motto = "Door verbinden en delen samen kracht", Gebied = "Amsterdam-Noord",
                Startjaar = 2026, Eindjaar = 2027, Jaren = [2026, 2027], Fase = "ontwikkelfase",
                Aanleiding = "In Noord wonen veel ouderen alleen.\n\nDe partners willen coöperatief werken: één team, één budget.",
                Ambitie = "Meer bewoners doen mee en zorgen voor elkaar."
            },
            Partners = partners,
            Speerpunten =
            [
                new() { Id = 1, Naam = "Eenzaamheid", Analyse = "Eenzaamheid neemt toe; naïeve oplossingen werken niet.", Volgorde = 1, Doelstellingen =
                [
                    new() { Id = 1, Naam = "Minder eenzaamheid onder ouderen", IndicatorNaam = "Aandeel ernstig eenzame 65-plussers", IndicatorEenheid = "%",
                        IndicatorBron = "GGD Gezondheidsmonitor", HogerIsBeter = false, Meetfrequentie = "jaarlijks", NulmetingWaarde = 14.5m,
                            NulmetingJaar = 2025,
                        Streefwaarden = [new() { Jaar = 2026, Waarde = 13.75m }, new() { Jaar = 2027, Waarde = 12 }] },
                ] },
            ],
            Projecten = [Project(10, "Buurtkamers in elke wijk", 1, ["Stichting Één Buurt", "Woonstichting Noordëlijk"]),
                Project(11, "Huisbezoeken 75+", 2, ["Woonstichting Noordëlijk"])],
            Basisvoorwaarden = ["Voel jezelf gelijk aan elkaar", "We beginnen klein en denken groot"],
            Organen = [new() { Naam = "Stuurgroep", Mandaat = "Besluit over budget en koers.",
                Leden = [new() { Naam = "Zoë de Vries", Functie = "voorzitter", Partner = "Stichting Één Buurt" }] }],
            Financien = new()
            {
                Jaren = jaren,
                PerPartner = Begroting.Regels(partners.Select(p => (p.Id, p.Naam)), p => p.PartnerId, jaren, posten),
                PerProject = Begroting.Regels([(10L, "Buurtkamers in elke wijk"), (11L, "Huisbezoeken 75+")], p => p.ProjectId, jaren, posten),
                PerJaar = Begroting.PerJaar(jaren, posten),
                TotaalEuro = posten.Sum(p => p.Euro), TotaalUren = posten.Sum(p => p.Uren),
            },
        };
    }
}
