using Dapper;
using ProgrammaPlanner.Core.Bijeenkomsten;

namespace ProgrammaPlanner.TestSupport;

/// <summary>A plan (<see cref="PlanningFixture.CreatePlanAsync"/>) with a dialoogtafel, and helpers to join and submit as a phone would.</summary>
public static class SessieFixture
{
    public sealed record Sessie(PlanningFixture.Plan Plan, long BijeenkomstId)
    {
        public long ProgrammaId => Plan.ProgrammaId;
    }

    public static CreateBijeenkomst.Command Dialoogtafel(PlanningFixture.Plan plan, string titel = "Dialoogtafel armoede") =>
        new(plan.ProgrammaId, BijeenkomstSoort.Dialoogtafel, titel, new DateOnly(2026, 3, 12), new TimeOnly(19, 30), new TimeOnly(21, 30),
            "Buurthuis De Meeuw", "Wat is uw ambitie voor Noord?", "1. Welkom\n2. Ronde ambities", [plan.Civic, plan.Dock], [plan.Civic]);

    public static async Task<Sessie> CreateSessieAsync(this TestApp app, string naam = "Samen Noord")
    {
        var plan = await app.CreatePlanAsync(naam);
        return new Sessie(plan, await app.SendAsync(Dialoogtafel(plan)));
    }

    /// <summary>Opens the session for input and returns the join code.</summary>
    public static async Task<string> OpenAsync(this TestApp app, Sessie s)
    {
        var b = await app.SendAsync(new GetBijeenkomst.Query(s.ProgrammaId, s.BijeenkomstId));
        return (await app.SendAsync(new OpenInvoer.Command(s.ProgrammaId, s.BijeenkomstId, b.Version))).Code;
    }

    public static async Task<string> JoinAsync(this TestApp app, string code, long partnerId, string naam = "")
    {
        var sleutel = Guid.NewGuid().ToString("N");
        await app.SendAsync(new JoinBijeenkomst.Command(code, sleutel, partnerId, naam));
        return sleutel;
    }

    public static Task<SubmitBijdrage.Result> SubmitAsync(this TestApp app, string code, string sleutel, string tekst, string soort = "ambitie",
        string? idempotentie = null) =>
        app.SendAsync(new SubmitBijdrage.Command(code, sleutel, idempotentie ?? Guid.NewGuid().ToString("N"), soort, tekst));

    public static async Task<ListBijdragen.Bijdrage> BijdrageAsync(this TestApp app, Sessie s, long id) =>
        (await app.SendAsync(new ListBijdragen.Query(s.ProgrammaId, s.BijeenkomstId))).Single(b => b.Id == id);

    /// <summary>This area's tables and the plan's: equal dumps before and after mean nothing changed.</summary>
    public static readonly string[] Tabellen =
    [
        "bijeenkomst", "bijeenkomst_partner", "deelnemer", "bijdrage", "bijdrage_speerpunt", "bijdrage_doelstelling", "bijdrage_project",
        "stemronde", "stem", "puntenronde", "puntenverdeling", "stelling", "stellingantwoord",
        "besluit", "actiepunt", "speerpunt", "doelstelling", "project", "criterium", "score",
    ];
}
