namespace ProgrammaPlanner.Core.Hoofdstukken;

/// <summary>A short field of a chapter (the decision asked, the decision rule…) or a column of its table.</summary>
/// <param name="Keuzes">The values it may take; null: free text.</param>
public sealed record Veldsoort(string Naam, string Label, string Uitleg = "", IReadOnlyList<string>? Keuzes = null);

/// <summary>
/// One chapter of the printed programmaplan, in <see cref="Alle"/>'s order: the order of the plan. The chapters the plan's
/// data make (speerpunten, projecten, financiën…) are <see cref="Vast"/>; the others are written by the coalition (their
/// <see cref="Uitleg"/> says what belongs there) and printed when filled. The coalition's own chapters follow one of these.
/// </summary>
public sealed record Hoofdstuksoort(string Soort, string Titel, string Uitleg = "")
{
    public const string Samenvatting = "samenvatting";
    public const string Leeswijzer = "leeswijzer";
    public const string Aanleiding = "aanleiding";
    public const string Visie = "visie";
    public const string Doelgroepen = "doelgroepen";
    public const string Speerpunten = "speerpunten";
    public const string Projecten = "projecten";
    public const string Leren = "leren";
    public const string Roadmap = "roadmap";
    public const string Samenwerking = "samenwerking";
    public const string Besluitvorming = "besluitvorming";
    public const string Financien = "financien";
    public const string Risicos = "risicos";
    public const string Monitoring = "monitoring";
    public const string Monitoringcyclus = "monitoringcyclus";
    public const string Communicatie = "communicatie";
    public const string HoeVerder = "hoe-verder";
    public const string Ondertekening = "ondertekening";
    public const string Colofon = "colofon";

    /// <summary>Made from the plan's data; has no text of its own.</summary>
    public bool Vast { get; init; }

    public IReadOnlyList<Veldsoort> Velden { get; init; } = [];

    /// <summary>The columns of the chapter's table; empty: no table.</summary>
    public IReadOnlyList<Veldsoort> Kolommen { get; init; } = [];

    public static readonly IReadOnlyList<Hoofdstuksoort> Alle =
    [
        new(Samenvatting, "Samenvatting",
            "Het plan op één pagina: wat de partners samen willen bereiken, hoe, met welke middelen, en welk besluit de besturen nemen.")
        {
            Velden = [new("besluit", "Gevraagd besluit", "Wat de besturen van de partners wordt gevraagd, bijvoorbeeld: Het programmaplan vast te stellen.")],
        },
        new(Leeswijzer, "Leeswijzer", "Hoe het plan is opgebouwd en welk hoofdstuk voor wie is bedoeld."),
        new(Aanleiding, "Aanleiding en ambitie") { Vast = true },
        new(Visie, "Visie", "Het beeld van de wijk en de samenwerking waar de partners over vier jaar willen staan, en de uitgangspunten."),
        new(Doelgroepen, "Doelgroepen", "Voor wie het programma is: de bewoners en groepen die het bereikt, en hoe zij meedoen."),
        new(Speerpunten, "Speerpunten en doelstellingen") { Vast = true },
        new(Projecten, "Projecten") { Vast = true },
        new(Leren, "Leren en maatwerk") { Vast = true },
        new(Roadmap, "Roadmap") { Vast = true },
        new(Samenwerking, "Samenwerking") { Vast = true },
        new(Besluitvorming, "Besluitvorming en overlegstructuur",
            "Hoe de partners samen besluiten: welke overleggen er zijn, hoe vaak, met welk mandaat, en wat er gebeurt als zij er samen niet uitkomen.")
        {
            Velden =
            [
                new("frequentie", "Overlegfrequentie", "Bijvoorbeeld: stuurgroep vier keer per jaar, kernteam maandelijks."),
                new("besluitregel", "Besluitregel", "Bijvoorbeeld: bij consensus; lukt dat niet, bij twee derde meerderheid."),
                new("escalatie", "Escalatie", "Wie beslist als het overleg er niet uitkomt, en binnen welke termijn."),
                new("financier", "Financier", "Wie het programma financiert en welke voorwaarden daarbij horen."),
            ],
        },
        new(Financien, "Financiën") { Vast = true },
        new(Risicos, "Risico's en beheersmaatregelen",
            "De risico's voor het programma als geheel (de risico's per project staan bij het project), met wat de partners doen om ze te beheersen.")
        {
            Kolommen =
            [
                new("risico", "Risico"),
                new("kans", "Kans", Keuzes: RisicoNiveau.Alle),
                new("impact", "Impact", Keuzes: RisicoNiveau.Alle),
                new("maatregel", "Beheersmaatregel"),
                new("eigenaar", "Eigenaar", "Wie de maatregel uitvoert of bewaakt."),
            ],
        },
        new(Monitoring, "Monitoring") { Vast = true },
        new(Monitoringcyclus, "Monitoring- en evaluatiecyclus",
            "Hoe de partners de voortgang volgen en verantwoorden: wie rapporteert wat aan wie en wanneer, en hoe het programma wordt geëvalueerd.")
        {
            Velden =
            [
                new("tussenevaluatie", "Tussentijdse evaluatie", "Wanneer en door wie, bijvoorbeeld: medio 2027, door een extern bureau."),
                new("eindevaluatie", "Eindevaluatie", "Wanneer en door wie, en wie het besluit over vervolg neemt."),
            ],
            Kolommen =
            [
                new("wat", "Wat"),
                new("wie", "Wie rapporteert"),
                new("aan", "Aan wie"),
                new("wanneer", "Wanneer"),
            ],
        },
        new(Communicatie, "Communicatie", "Hoe de partners bewoners, medewerkers en de gemeente informeren en betrekken, en wie daarvoor zorgt."),
        new(HoeVerder, "Hoe verder", "De eerstvolgende stappen na vaststelling: wie wat doet en wanneer."),
        new(Ondertekening, "Ondertekening") { Vast = true },
        new(Colofon, "Colofon", "Wie het plan opstelde en wie vragen beantwoordt. Na vaststelling staat hier ook door wie en wanneer het is vastgesteld.")
        {
            Velden =
            [
                new("opsteller", "Opgesteld door", "Naam en organisatie, bijvoorbeeld de programmamanager."),
                new("contact", "Contact", "Naam, e-mailadres of telefoonnummer voor vragen over het plan."),
                new("opdrachtgever", "Opdrachtgever", "In wiens opdracht het plan is gemaakt, bijvoorbeeld de stuurgroep."),
            ],
        },
    ];

    /// <summary>The chapters the coalition writes, in plan order.</summary>
    public static IEnumerable<Hoofdstuksoort> Bewerkbaar => Alle.Where(h => !h.Vast);

    /// <summary>Where an own chapter may go: after any chapter but the colofon, which closes the plan.</summary>
    public static IEnumerable<Hoofdstuksoort> Plaatsen => Alle.Where(h => h.Soort != Colofon);

    public static Hoofdstuksoort? Van(string? soort) => Alle.FirstOrDefault(h => h.Soort == soort);
}
