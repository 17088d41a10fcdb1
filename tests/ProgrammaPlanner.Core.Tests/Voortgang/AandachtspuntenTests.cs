using ProgrammaPlanner.Core.Stand;
using ProgrammaPlanner.Core.Voortgang;
using static ProgrammaPlanner.Core.Voortgang.GetVoortgangsrapportage;

namespace ProgrammaPlanner.Core.Tests.Voortgang;

/// <summary>
/// The points for the next dialoogtafel, one rule at a time, on a report of 2027 where nothing calls for attention: a doelstelling
/// behaald, a project op schema with a mijlpaal gehaald, a partner within its budget, every rapportage accepted.
/// </summary>
public class AandachtspuntenTests
{
    private static GetStand.Jaarstand Jaar(int jaar, decimal? realisatie, string status, string regel = "") =>
        new() { Jaar = jaar, Realisatie = realisatie, Oordeel = new Oordeel(status, regel) };

    private static GetStand.Doelstelling Doel(string naam, params GetStand.Jaarstand[] jaren) => new() { Naam = naam, Jaren = jaren };

    private static Rapportage Goed(params GetStand.Doelstelling[] doelen) => new()
    {
        Jaar = 2027,
        Stand = new GetStand.Programmastand
        {
            Jaar = 2027,
            Speerpunten = [new GetStand.Speerpunt
            {
                Naam = "Armoede",
                Doelstellingen = doelen.Length > 0 ? doelen
                    : [Doel("Minder armoede", Jaar(2026, 10m, StandStatus.Achter, "oud"), Jaar(2027, 18m, StandStatus.Behaald))],
            }],
        },
        Projecten = [new Project
        {
            Id = 1, Naam = "Buurtkamers", Jaarstatus = ProjectJaarstatus.OpSchema,
            Mijlpalen = [new Mijlpaal { ProjectId = 1, Titel = "Eerste buurtkamer", Datum = new DateOnly(2027, 6, 1), Status = "gehaald" }],
        }],
        Budget = [new Budgetregel { Partner = "Civic Amsterdam", BegrootEuro = 10_000m, BesteedEuro = 11_000m }],
        Ronde = new Ronde { Partners = [new RondePartner { Naam = "Civic Amsterdam", Status = RapportageStatus.Geaccepteerd }] },
    };

    [Test]
    public void NothingCallsForAttention_NoPoints_AndTheAgendaAsksWhatWentWell()
    {
        Assert.That(Aandachtspunten.Van(Goed()), Is.Empty, "last year's achter does not count; exactly 10% over budget is not more than 10%");
        Assert.That(Aandachtspunten.Agenda(Goed()), Is.EqualTo(
            "1. Opening en doel van deze dialoogtafel\n2. De voortgangsrapportage 2027 in het kort\n3. Wat ging goed, en wat nemen we mee?\n" +
            "4. Wat passen we aan in het programmaplan voor 2028?\n5. Afspraken en actiepunten"));
    }

    [Test]
    public void DoelstellingAchterInTheYear_WithItsRule()
    {
        var r = Goed(Doel("Minder armoede", Jaar(2027, 12m, StandStatus.Achter, "Realisatie 12 tegen streefwaarde 18: achter.")));
        Assert.That(Aandachtspunten.Van(r), Is.EqualTo(new[] { "Doelstelling 'Minder armoede' staat achter: Realisatie 12 tegen streefwaarde 18: achter." }));
    }

    [Test]
    public void Unmeasured_CountedOnce_SingularAndPlural_OnKoersIsNoPoint()
    {
        var een = Goed(Doel("A", Jaar(2027, null, StandStatus.GeenMeting)), Doel("B", Jaar(2027, 17m, StandStatus.OpKoers)));
        Assert.That(Aandachtspunten.Van(een), Is.EqualTo(new[] { "Van 1 doelstelling is over 2027 geen realisatie vastgelegd." }));
        var twee = Goed(Doel("A", Jaar(2027, null, StandStatus.GeenMeting)), Doel("B", Jaar(2026, 5m, StandStatus.Behaald)));
        Assert.That(Aandachtspunten.Van(twee), Is.EqualTo(new[] { "Van 2 doelstellingen is over 2027 geen realisatie vastgelegd." }),
            "a doelstelling measured only in an earlier year is unmeasured in this one");
    }

    [Test]
    public void ProjectVertraagdOrGestopt_WithItsToelichting_AndWithoutStatus()
    {
        var r = Goed() with
        {
            Projecten =
            [
                new Project { Id = 1, Naam = "Buurtkamers", Jaarstatus = ProjectJaarstatus.Vertraagd, Toelichting = "Locatie pas in het najaar." },
                new Project { Id = 2, Naam = "Schuldhulp", Jaarstatus = ProjectJaarstatus.Gestopt },
                new Project { Id = 3, Naam = "Klaar", Jaarstatus = ProjectJaarstatus.Afgerond },
                new Project { Id = 4, Naam = "Stil", Jaarstatus = null },
            ],
        };
        Assert.That(Aandachtspunten.Van(r), Is.EqualTo(new[]
        {
            "Project 'Buurtkamers' is vertraagd: Locatie pas in het najaar.", "Project 'Schuldhulp' is gestopt.",
            "Van 1 project is over 2027 geen status opgegeven.",
        }));
        var twee = Goed() with { Projecten = [new Project { Id = 1, Naam = "A" }, new Project { Id = 2, Naam = "B" }] };
        Assert.That(Aandachtspunten.Van(twee), Is.EqualTo(new[] { "Van 2 projecten is over 2027 geen status opgegeven." }));
    }

    [Test]
    public void MijlpaalVertraagd_WithItsNewDate()
    {
        var r = Goed() with
        {
            Projecten = [new Project
            {
                Id = 1, Naam = "Buurtkamers", Jaarstatus = ProjectJaarstatus.OpSchema,
                Mijlpalen =
                [
                    new Mijlpaal { ProjectId = 1, Titel = "Evaluatie", Datum = new DateOnly(2027, 3, 1), Status = MijlpaalStatus.Vertraagd,
                        NieuweDatum = new DateOnly(2027, 9, 1) },
                    new Mijlpaal { ProjectId = 1, Titel = "Opening", Datum = new DateOnly(2027, 5, 1), Status = "gepland" },
                ],
            }],
        };
        Assert.That(Aandachtspunten.Van(r), Is.EqualTo(new[]
        {
            "Mijlpaal 'Evaluatie' van 'Buurtkamers' is vertraagd: gepland 1 maart 2027, nu 1 september 2027.",
        }));
    }

    [TestCase(11_000.00, false, TestName = "OverBudget_Exactly10Percent_NoPoint")]
    [TestCase(11_000.01, true, TestName = "OverBudget_OneCentOver10Percent_APoint")]
    public void OverBudget_MoreThanTenPercent(decimal besteed, bool punt)
    {
        var r = Goed() with
        {
            Budget =
            [
                new Budgetregel { Partner = "Civic Amsterdam", BegrootEuro = 10_000m, BesteedEuro = besteed },
                new Budgetregel { Partner = "Stichting DOCK", BegrootEuro = 0m, BesteedEuro = 5_000m },
            ],
        };
        Assert.That(Aandachtspunten.Van(r), Is.EqualTo(punt
            ? new[] { "Civic Amsterdam besteedde €\u00A011.000,01 tegen €\u00A010.000,00 begroot: meer dan 10% boven de begroting." }
            : Array.Empty<string>()), "spending without a budget is not judged");
    }

    [Test]
    public void RapportagesNotAccepted_NamedInOrder_NoRoundNoPoint()
    {
        var r = Goed() with
        {
            Ronde = new Ronde
            {
                Partners =
                [
                    new RondePartner { Naam = "Civic Amsterdam", Status = RapportageStatus.Geaccepteerd },
                    new RondePartner { Naam = "Stichting DOCK", Status = RapportageStatus.Ingediend },
                    new RondePartner { Naam = "Stichting Prisma", Status = RapportageStatus.Open },
                ],
            },
        };
        Assert.That(Aandachtspunten.Van(r), Is.EqualTo(new[] { "Nog niet geaccepteerde rapportages: Stichting DOCK, Stichting Prisma." }));
        Assert.That(Aandachtspunten.Agenda(r),
            Does.Contain("3. Wat vraagt aandacht:\n   - Nog niet geaccepteerde rapportages: Stichting DOCK, Stichting Prisma.\n4."));
        Assert.That(Aandachtspunten.Van(Goed() with { Ronde = null }), Is.Empty);
    }
}
