using System.Text.Json.Serialization;

namespace ProgrammaPlanner.Core.Programmaplan;

// The read model of the printed programmaplan: a plain tree of records (init properties, IReadOnlyList
// collections) that the document layer renders and that a frozen planversie stores as JSON (Planversies.Snapshot).
// The JSON names are pinned, so renaming a property here does not change how stored versions read. Changing a
// pinned name, a type or a meaning is a new Snapshot.Formaat with a reader for the old one; the stored sample
// version in the tests fails until then.
public static partial class GetProgrammaplan
{
    public sealed record Programmaplan
    {
        [JsonPropertyName("Programma")]
        public Programma Programma { get; init; } = new();
        [JsonPropertyName("Partners")]
        public IReadOnlyList<Partner> Partners { get; init; } = [];
        [JsonPropertyName("Wijken")]
        public IReadOnlyList<Wijk> Wijken { get; init; } = [];
        /// <summary>In volgorde.</summary>
        [JsonPropertyName("Speerpunten")]
        public IReadOnlyList<Speerpunt> Speerpunten { get; init; } = [];
        [JsonPropertyName("Projecten")]
        public IReadOnlyList<Project> Projecten { get; init; } = [];
        /// <summary>A learning coalition's groups and ontwikkelopgaven; null when it has none (and in versions frozen before them).</summary>
        [JsonPropertyName("Leren")]
        public Leeraanpak? Leren { get; init; }
        /// <summary>In volgorde.</summary>
        [JsonPropertyName("Basisvoorwaarden")]
        public IReadOnlyList<string> Basisvoorwaarden { get; init; } = [];
        /// <summary>Governance organen in volgorde.</summary>
        [JsonPropertyName("Organen")]
        public IReadOnlyList<Orgaan> Organen { get; init; } = [];
        [JsonPropertyName("Financien")]
        public Financien Financien { get; init; } = new();
        /// <summary>The written chapters (Hoofdstuksoort) that hold something, in plan order; none in a version frozen before them.</summary>
        [JsonPropertyName("Hoofdstukken")]
        public IReadOnlyList<Hoofdstuk> Hoofdstukken { get; init; } = [];
        /// <summary>The coalition's own chapters, in volgorde.</summary>
        [JsonPropertyName("EigenHoofdstukken")]
        public IReadOnlyList<EigenHoofdstuk> EigenHoofdstukken { get; init; } = [];

        /// <summary>The written chapter of this soort, or null when it holds nothing (then it is not printed).</summary>
        public Hoofdstuk? Hoofdstuk(string soort) => Hoofdstukken.FirstOrDefault(h => h.Soort == soort);

        /// <summary>The own chapters placed after the chapter of <paramref name="soort"/>, in volgorde.</summary>
        public IEnumerable<EigenHoofdstuk> EigenNa(string soort) => EigenHoofdstukken.Where(h => h.Plaats == soort);
    }

    /// <summary>A written chapter: prose, the short fields that are filled and the rows of its table, in the order of its Hoofdstuksoort.</summary>
    public sealed record Hoofdstuk
    {
        [JsonPropertyName("Soort")]
        public string Soort { get; init; } = "";
        [JsonPropertyName("Tekst")]
        public string Tekst { get; init; } = "";
        [JsonPropertyName("Velden")]
        public IReadOnlyList<Veld> Velden { get; init; } = [];
        [JsonPropertyName("Rows")]
        public IReadOnlyList<Row> Rows { get; init; } = [];

        /// <summary>The field's value, "" when it is not filled.</summary>
        public string Veld(string naam) => Velden.FirstOrDefault(v => v.Naam == naam)?.Waarde ?? "";
    }

    public sealed record Veld
    {
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Waarde")]
        public string Waarde { get; init; } = "";
    }

    public sealed record Row
    {
        /// <summary>The filled cells, in column order.</summary>
        [JsonPropertyName("Cellen")]
        public IReadOnlyList<Veld> Cellen { get; init; } = [];

        public string Cel(string kolom) => Cellen.FirstOrDefault(v => v.Naam == kolom)?.Waarde ?? "";
    }

    public sealed record EigenHoofdstuk
    {
        [JsonPropertyName("Titel")]
        public string Titel { get; init; } = "";
        [JsonPropertyName("Tekst")]
        public string Tekst { get; init; } = "";
        /// <summary>The Hoofdstuksoort it follows.</summary>
        [JsonPropertyName("Plaats")]
        public string Plaats { get; init; } = "";
    }

    public sealed record Programma
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Motto")]
        public string Motto { get; init; } = "";
        [JsonPropertyName("Gebied")]
        public string Gebied { get; init; } = "";
        [JsonPropertyName("Startjaar")]
        public int Startjaar { get; init; }
        [JsonPropertyName("Eindjaar")]
        public int Eindjaar { get; init; }
        [JsonPropertyName("Jaren")]
        public IReadOnlyList<int> Jaren { get; init; } = [];
        [JsonPropertyName("Fase")]
        public string Fase { get; init; } = "";
        [JsonPropertyName("Aanleiding")]
        public string Aanleiding { get; init; } = "";
        [JsonPropertyName("Ambitie")]
        public string Ambitie { get; init; } = "";
        [JsonPropertyName("Version")]
        public int Version { get; init; }
    }

    public sealed record Partner
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Soort")]
        public string Soort { get; init; } = "";
        [JsonPropertyName("Rol")]
        public string Rol { get; init; } = "";
        [JsonPropertyName("Contactpersoon")]
        public string Contactpersoon { get; init; } = "";
        [JsonPropertyName("Email")]
        public string Email { get; init; } = "";
        [JsonPropertyName("BestuurderNaam")]
        public string BestuurderNaam { get; init; } = "";
        [JsonPropertyName("BestuurderFunctie")]
        public string BestuurderFunctie { get; init; } = "";
        [JsonPropertyName("Plaats")]
        public string Plaats { get; init; } = "";
        /// <summary>Agreed euro's per hour at which the partner's inzet in natura is valued; null when none is agreed.</summary>
        [JsonPropertyName("Uurtarief")]
        public decimal? Uurtarief { get; init; }
        /// <summary>A financier or adviseur that signs after all (the facilitator's choice); false in versions frozen before it existed.</summary>
        [JsonPropertyName("TekentToch")]
        public bool TekentToch { get; init; }
        /// <summary>
        /// Whether the partner's board signs (approves) the plan, by <see cref="PartnerRol.Tekent"/> when loaded. Versions frozen before
        /// roles decided this have no such field: there every partner signed, so it reads as true.
        /// </summary>
        [JsonPropertyName("Tekent")]
        public bool Tekent { get; init; } = true;
    }

    public sealed record Wijk
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
    }

    public sealed record Speerpunt
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Analyse")]
        public string Analyse { get; init; } = "";
        [JsonPropertyName("Volgorde")]
        public int Volgorde { get; init; }
        [JsonPropertyName("Doelstellingen")]
        public IReadOnlyList<Doelstelling> Doelstellingen { get; init; } = [];
    }

    public sealed record Doelstelling
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("SpeerpuntId")]
        public long SpeerpuntId { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Omschrijving")]
        public string Omschrijving { get; init; } = "";
        [JsonPropertyName("IndicatorNaam")]
        public string IndicatorNaam { get; init; } = "";
        [JsonPropertyName("IndicatorEenheid")]
        public string IndicatorEenheid { get; init; } = "";
        [JsonPropertyName("IndicatorBron")]
        public string IndicatorBron { get; init; } = "";
        [JsonPropertyName("HogerIsBeter")]
        public bool HogerIsBeter { get; init; }
        [JsonPropertyName("Meetfrequentie")]
        public string Meetfrequentie { get; init; } = "";
        [JsonPropertyName("NulmetingWaarde")]
        public decimal? NulmetingWaarde { get; init; }
        [JsonPropertyName("NulmetingJaar")]
        public int? NulmetingJaar { get; init; }
        /// <summary>By jaar.</summary>
        [JsonPropertyName("Streefwaarden")]
        public IReadOnlyList<Jaarwaarde> Streefwaarden { get; init; } = [];
        /// <summary>By jaar; per jaar first the total (Wijk null), then per wijk.</summary>
        [JsonPropertyName("Realisaties")]
        public IReadOnlyList<Realisatie> Realisaties { get; init; } = [];
        /// <summary>Names of the projects that contribute, in project order.</summary>
        [JsonPropertyName("Projecten")]
        public IReadOnlyList<string> Projecten { get; init; } = [];
    }

    public sealed record Jaarwaarde
    {
        [JsonPropertyName("Jaar")]
        public int Jaar { get; init; }
        [JsonPropertyName("Waarde")]
        public decimal Waarde { get; init; }
    }

    public sealed record Realisatie
    {
        [JsonPropertyName("Jaar")]
        public int Jaar { get; init; }
        /// <summary>The wijk's name, or null for the whole programme area.</summary>
        [JsonPropertyName("Wijk")]
        public string? Wijk { get; init; }
        [JsonPropertyName("Waarde")]
        public decimal Waarde { get; init; }
    }

    public sealed record Project
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Doel")]
        public string Doel { get; init; } = "";
        [JsonPropertyName("Doorbraak")]
        public bool Doorbraak { get; init; }
        [JsonPropertyName("Status")]
        public string Status { get; init; } = "";
        [JsonPropertyName("TrekkerId")]
        public long TrekkerId { get; init; }
        [JsonPropertyName("Trekker")]
        public string Trekker { get; init; } = "";
        /// <summary>Names of all deelnemende partners (the trekker included), in partner order.</summary>
        [JsonPropertyName("Partners")]
        public IReadOnlyList<string> Partners { get; init; } = [];
        /// <summary>Names of the doelstellingen it contributes to, in speerpunt order.</summary>
        [JsonPropertyName("Doelstellingen")]
        public IReadOnlyList<string> Doelstellingen { get; init; } = [];
        [JsonPropertyName("Startdatum")]
        public DateOnly Startdatum { get; init; }
        [JsonPropertyName("Einddatum")]
        public DateOnly Einddatum { get; init; }
        /// <summary>By datum.</summary>
        [JsonPropertyName("Mijlpalen")]
        public IReadOnlyList<Mijlpaal> Mijlpalen { get; init; } = [];
        [JsonPropertyName("Risicos")]
        public IReadOnlyList<Risico> Risicos { get; init; } = [];
        /// <summary>By partner order, jaar, soort.</summary>
        [JsonPropertyName("Inzet")]
        public IReadOnlyList<Inzetregel> Inzet { get; init; } = [];
        [JsonPropertyName("TotaalEuro")]
        public decimal TotaalEuro { get; init; }
        [JsonPropertyName("TotaalUren")]
        public decimal TotaalUren { get; init; }
    }

    public sealed record Mijlpaal
    {
        [JsonPropertyName("Titel")]
        public string Titel { get; init; } = "";
        [JsonPropertyName("Datum")]
        public DateOnly Datum { get; init; }
        [JsonPropertyName("Status")]
        public string Status { get; init; } = "";
    }

    public sealed record Risico
    {
        [JsonPropertyName("Omschrijving")]
        public string Omschrijving { get; init; } = "";
        [JsonPropertyName("Kans")]
        public string Kans { get; init; } = "";
        [JsonPropertyName("Impact")]
        public string Impact { get; init; } = "";
        [JsonPropertyName("Maatregel")]
        public string Maatregel { get; init; } = "";
    }

    public sealed record Inzetregel
    {
        [JsonPropertyName("Partner")]
        public string Partner { get; init; } = "";
        [JsonPropertyName("Jaar")]
        public int Jaar { get; init; }
        [JsonPropertyName("Soort")]
        public string Soort { get; init; } = "";
        [JsonPropertyName("Euro")]
        public decimal Euro { get; init; }
        [JsonPropertyName("Uren")]
        public decimal Uren { get; init; }
    }

    public sealed record Orgaan
    {
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Mandaat")]
        public string Mandaat { get; init; } = "";
        /// <summary>In volgorde.</summary>
        [JsonPropertyName("Leden")]
        public IReadOnlyList<Lid> Leden { get; init; } = [];
    }

    public sealed record Lid
    {
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Functie")]
        public string Functie { get; init; } = "";
        /// <summary>The partner's name, or null when the member represents no partner.</summary>
        [JsonPropertyName("Partner")]
        public string? Partner { get; init; }
    }

    /// <summary>All totals computed from the inzet rows; rows, years and grand total add up exactly.</summary>
    public sealed record Financien
    {
        /// <summary>The columns of every table: the programma's years (plus any inzet year outside them).</summary>
        [JsonPropertyName("Jaren")]
        public IReadOnlyList<int> Jaren { get; init; } = [];
        /// <summary>Every partner, in partner order (also those without inzet).</summary>
        [JsonPropertyName("PerPartner")]
        public IReadOnlyList<Begroting.Regel> PerPartner { get; init; } = [];
        /// <summary>Every project, in project order.</summary>
        [JsonPropertyName("PerProject")]
        public IReadOnlyList<Begroting.Regel> PerProject { get; init; } = [];
        [JsonPropertyName("PerJaar")]
        public IReadOnlyList<Begroting.Jaarbedrag> PerJaar { get; init; } = [];
        [JsonPropertyName("TotaalEuro")]
        public decimal TotaalEuro { get; init; }
        [JsonPropertyName("TotaalUren")]
        public decimal TotaalUren { get; init; }
        /// <summary>The dekking by bron over all years: subsidie, eigen middelen, in natura (hours valued at the partner's uurtarief).</summary>
        [JsonPropertyName("Dekking")]
        public Begroting.Dekking Dekking { get; init; } = new();
        /// <summary>The dekking by bron per year of <see cref="Jaren"/>.</summary>
        [JsonPropertyName("DekkingPerJaar")]
        public IReadOnlyList<Begroting.Dekking> DekkingPerJaar { get; init; } = [];
        /// <summary>The dekking per financier (the partner that brings it in; see <see cref="Begroting.Financier"/>).</summary>
        [JsonPropertyName("PerFinancier")]
        public IReadOnlyList<Begroting.Financier> PerFinancier { get; init; } = [];
    }
}
