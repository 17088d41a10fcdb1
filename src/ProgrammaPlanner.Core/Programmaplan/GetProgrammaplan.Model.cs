namespace ProgrammaPlanner.Core.Programmaplan;

// The read model of the printed programmaplan: a plain tree of records (init properties, IReadOnlyList
// collections) that the document layer renders and that can be snapshotted as JSON and read back.
public static partial class GetProgrammaplan
{
    public sealed record Programmaplan
    {
        public Programma Programma { get; init; } = new();
        public IReadOnlyList<Partner> Partners { get; init; } = [];
        public IReadOnlyList<Wijk> Wijken { get; init; } = [];
        /// <summary>In volgorde.</summary>
        public IReadOnlyList<Speerpunt> Speerpunten { get; init; } = [];
        public IReadOnlyList<Project> Projecten { get; init; } = [];
        /// <summary>In volgorde.</summary>
        public IReadOnlyList<string> Basisvoorwaarden { get; init; } = [];
        /// <summary>Governance organen in volgorde.</summary>
        public IReadOnlyList<Orgaan> Organen { get; init; } = [];
        public Financien Financien { get; init; } = new();
    }

    public sealed record Programma
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Motto { get; init; } = "";
        public string Gebied { get; init; } = "";
        public int Startjaar { get; init; }
        public int Eindjaar { get; init; }
        public IReadOnlyList<int> Jaren { get; init; } = [];
        public string Fase { get; init; } = "";
        public string Aanleiding { get; init; } = "";
        public string Ambitie { get; init; } = "";
        public int Version { get; init; }
    }

    public sealed record Partner
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Soort { get; init; } = "";
        public string Rol { get; init; } = "";
        public string Contactpersoon { get; init; } = "";
        public string Email { get; init; } = "";
        public string BestuurderNaam { get; init; } = "";
        public string BestuurderFunctie { get; init; } = "";
        public string Plaats { get; init; } = "";
    }

    public sealed record Wijk
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
    }

    public sealed record Speerpunt
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Analyse { get; init; } = "";
        public int Volgorde { get; init; }
        public IReadOnlyList<Doelstelling> Doelstellingen { get; init; } = [];
    }

    public sealed record Doelstelling
    {
        public long Id { get; init; }
        public long SpeerpuntId { get; init; }
        public string Naam { get; init; } = "";
        public string Omschrijving { get; init; } = "";
        public string IndicatorNaam { get; init; } = "";
        public string IndicatorEenheid { get; init; } = "";
        public string IndicatorBron { get; init; } = "";
        public bool HogerIsBeter { get; init; }
        public string Meetfrequentie { get; init; } = "";
        public decimal? NulmetingWaarde { get; init; }
        public int? NulmetingJaar { get; init; }
        /// <summary>By jaar.</summary>
        public IReadOnlyList<Jaarwaarde> Streefwaarden { get; init; } = [];
        /// <summary>By jaar; per jaar first the total (Wijk null), then per wijk.</summary>
        public IReadOnlyList<Realisatie> Realisaties { get; init; } = [];
        /// <summary>Names of the projects that contribute, in project order.</summary>
        public IReadOnlyList<string> Projecten { get; init; } = [];
    }

    public sealed record Jaarwaarde
    {
        public int Jaar { get; init; }
        public decimal Waarde { get; init; }
    }

    public sealed record Realisatie
    {
        public int Jaar { get; init; }
        /// <summary>The wijk's name, or null for the whole programme area.</summary>
        public string? Wijk { get; init; }
        public decimal Waarde { get; init; }
    }

    public sealed record Project
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Doel { get; init; } = "";
        public bool Doorbraak { get; init; }
        public string Status { get; init; } = "";
        public long TrekkerId { get; init; }
        public string Trekker { get; init; } = "";
        /// <summary>Names of all deelnemende partners (the trekker included), in partner order.</summary>
        public IReadOnlyList<string> Partners { get; init; } = [];
        /// <summary>Names of the doelstellingen it contributes to, in speerpunt order.</summary>
        public IReadOnlyList<string> Doelstellingen { get; init; } = [];
        public DateOnly Startdatum { get; init; }
        public DateOnly Einddatum { get; init; }
        /// <summary>By datum.</summary>
        public IReadOnlyList<Mijlpaal> Mijlpalen { get; init; } = [];
        public IReadOnlyList<Risico> Risicos { get; init; } = [];
        /// <summary>By partner order, jaar, soort.</summary>
        public IReadOnlyList<Inzetregel> Inzet { get; init; } = [];
        public decimal TotaalEuro { get; init; }
        public decimal TotaalUren { get; init; }
    }

    public sealed record Mijlpaal
    {
        public string Titel { get; init; } = "";
        public DateOnly Datum { get; init; }
        public string Status { get; init; } = "";
    }

    public sealed record Risico
    {
        public string Omschrijving { get; init; } = "";
        public string Kans { get; init; } = "";
        public string Impact { get; init; } = "";
        public string Maatregel { get; init; } = "";
    }

    public sealed record Inzetregel
    {
        public string Partner { get; init; } = "";
        public int Jaar { get; init; }
        public string Soort { get; init; } = "";
        public decimal Euro { get; init; }
        public decimal Uren { get; init; }
    }

    public sealed record Orgaan
    {
        public string Naam { get; init; } = "";
        public string Mandaat { get; init; } = "";
        /// <summary>In volgorde.</summary>
        public IReadOnlyList<Lid> Leden { get; init; } = [];
    }

    public sealed record Lid
    {
        public string Naam { get; init; } = "";
        public string Functie { get; init; } = "";
        /// <summary>The partner's name, or null when the member represents no partner.</summary>
        public string? Partner { get; init; }
    }

    /// <summary>All totals computed from the inzet rows; rows, years and grand total add up exactly.</summary>
    public sealed record Financien
    {
        /// <summary>The columns of every table: the programma's years (plus any inzet year outside them).</summary>
        public IReadOnlyList<int> Jaren { get; init; } = [];
        /// <summary>Every partner, in partner order (also those without inzet).</summary>
        public IReadOnlyList<Begroting.Regel> PerPartner { get; init; } = [];
        /// <summary>Every project, in project order.</summary>
        public IReadOnlyList<Begroting.Regel> PerProject { get; init; } = [];
        public IReadOnlyList<Begroting.Jaarbedrag> PerJaar { get; init; } = [];
        public decimal TotaalEuro { get; init; }
        public decimal TotaalUren { get; init; }
    }
}
