using System.Text.Json.Serialization;

namespace ProgrammaPlanner.Core.Programmaplan;

/// <summary>
/// Budget totals computed in C# from the inzet rows (decimals never summed in SQL), so every table of the
/// programmaplan and the dashboard adds up exactly: the sum of the rows equals the sum of the years equals the total.
/// Its records are part of a frozen planversie's stored JSON: their names are pinned (see GetProgrammaplan.Model).
/// </summary>
public static class Begroting
{
    /// <summary>Euro's and uren of one year.</summary>
    public sealed record Jaarbedrag
    {
        [JsonPropertyName("Jaar")]
        public int Jaar { get; init; }
        [JsonPropertyName("Euro")]
        public decimal Euro { get; init; }
        [JsonPropertyName("Uren")]
        public decimal Uren { get; init; }
    }

    /// <summary>One row of a budget table (a partner or a project): every year of the table, then the total.</summary>
    public sealed record Regel
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("PerJaar")]
        public IReadOnlyList<Jaarbedrag> PerJaar { get; init; } = [];
        [JsonPropertyName("TotaalEuro")]
        public decimal TotaalEuro { get; init; }
        [JsonPropertyName("TotaalUren")]
        public decimal TotaalUren { get; init; }
    }

    /// <summary>One inzet row as the totals need it.</summary>
    public readonly record struct Post(long ProjectId, long PartnerId, int Jaar, decimal Euro, decimal Uren);

    /// <summary>The programma's years plus any year an inzet row has outside it, so nothing is lost from the totals.</summary>
    public static IReadOnlyList<int> Jaren(int startjaar, int eindjaar, IEnumerable<Post> posten) =>
        Enumerable.Range(startjaar, Math.Max(0, eindjaar - startjaar + 1)).Concat(posten.Select(p => p.Jaar)).Distinct().Order().ToList();

    public static IReadOnlyList<Jaarbedrag> PerJaar(IReadOnlyList<int> jaren, IEnumerable<Post> posten)
    {
        var perJaar = posten.GroupBy(p => p.Jaar).ToDictionary(g => g.Key, g => (Euro: g.Sum(p => p.Euro), Uren: g.Sum(p => p.Uren)));
        return jaren.Select(j => perJaar.TryGetValue(j, out var t)
            ? new Jaarbedrag { Jaar = j, Euro = t.Euro, Uren = t.Uren }
            : new Jaarbedrag { Jaar = j }).ToList();
    }

    public static Regel Maak(long id, string naam, IReadOnlyList<int> jaren, IReadOnlyCollection<Post> posten) => new()
    {
        Id = id,
        Naam = naam,
        PerJaar = PerJaar(jaren, posten),
        TotaalEuro = posten.Sum(p => p.Euro),
        TotaalUren = posten.Sum(p => p.Uren),
    };

    /// <summary>One row per item (in the given order, also items without inzet), grouped by the key the posts carry.</summary>
    public static IReadOnlyList<Regel> Regels(IEnumerable<(long Id, string Naam)> items, Func<Post, long> sleutel,
        IReadOnlyList<int> jaren, IReadOnlyCollection<Post> posten)
    {
        var perItem = posten.ToLookup(sleutel);
        return items.Select(i => Maak(i.Id, i.Naam, jaren, perItem[i.Id].ToList())).ToList();
    }

    /// <summary>
    /// The dekking of one year, or of all years (<see cref="Jaar"/> 0): the euro's of the inzet rows by bron (soort), and the
    /// hours in natura valued at the partner's agreed uurtarief. Only hours of soort "in natura" are valued: the hours on a
    /// subsidie or eigen middelen row are paid from that row's euro's, so valuing them would count them twice. Hours in
    /// natura of a partner without an uurtarief stay hours (<see cref="OngewaardeerdeUren"/>) and add no euro's.
    /// Part of a frozen planversie's stored JSON (names pinned).
    /// </summary>
    public sealed record Dekking
    {
        [JsonPropertyName("Jaar")]
        public int Jaar { get; init; }
        [JsonPropertyName("Subsidie")]
        public decimal Subsidie { get; init; }
        [JsonPropertyName("EigenMiddelen")]
        public decimal EigenMiddelen { get; init; }
        /// <summary>Euro's entered on in natura rows (goods, rooms), as entered.</summary>
        [JsonPropertyName("InNaturaEuro")]
        public decimal InNaturaEuro { get; init; }
        /// <summary>Hours in natura × the partner's uurtarief, exact (each row's product, summed).</summary>
        [JsonPropertyName("InNaturaGewaardeerd")]
        public decimal InNaturaGewaardeerd { get; init; }
        /// <summary>All hours in natura, valued or not.</summary>
        [JsonPropertyName("InNaturaUren")]
        public decimal InNaturaUren { get; init; }
        /// <summary>Hours in natura of partners without an uurtarief: in no euro amount.</summary>
        [JsonPropertyName("OngewaardeerdeUren")]
        public decimal OngewaardeerdeUren { get; init; }
        /// <summary>All hours of every soort (the capacity the partners commit).</summary>
        [JsonPropertyName("Uren")]
        public decimal Uren { get; init; }

        /// <summary>Everything in natura in euro's: entered euro's plus valued hours.</summary>
        [JsonIgnore]
        public decimal InNatura => InNaturaEuro + InNaturaGewaardeerd;

        /// <summary>The dekking in euro's: subsidie + eigen middelen + in natura (valued).</summary>
        [JsonIgnore]
        public decimal Totaal => Subsidie + EigenMiddelen + InNatura;
    }

    /// <summary>
    /// The dekking one partner brings in, per year and in total. "Per financier" in the plan: the financier of an inzet row is
    /// the partner on that row, the one who commits it and answers for it. Eigen middelen and in natura that partner pays
    /// itself; subsidie it brings in from its own beschikking (the data do not record a subsidiegever per row, so the plan
    /// does not guess one). Partners with the rol financier come first, then the penvoerder, then the others, each group in
    /// partner order; every partner has a row, also one without inzet.
    /// </summary>
    public sealed record Financier
    {
        [JsonPropertyName("Id")]
        public long Id { get; init; }
        [JsonPropertyName("Naam")]
        public string Naam { get; init; } = "";
        [JsonPropertyName("Rol")]
        public string Rol { get; init; } = "";
        /// <summary>The partner's agreed euro's per hour, or null when none is agreed.</summary>
        [JsonPropertyName("Uurtarief")]
        public decimal? Uurtarief { get; init; }
        [JsonPropertyName("PerJaar")]
        public IReadOnlyList<Dekking> PerJaar { get; init; } = [];
        [JsonPropertyName("Totaal")]
        public Dekking Totaal { get; init; } = new();
    }

    /// <summary>One inzet row as the dekking needs it: its soort and the partner's uurtarief.</summary>
    public readonly record struct Bronpost(long PartnerId, int Jaar, string Soort, decimal Euro, decimal Uren, decimal? Uurtarief);

    private static readonly string Subsidie = InzetSoort.Alle[0], EigenMiddelen = InzetSoort.Alle[1], InNatura = InzetSoort.Alle[2];

    /// <summary>The dekking of the given rows (one year: pass it; all years: 0). Every sum in decimals, exact.</summary>
    public static Dekking Dek(int jaar, IReadOnlyCollection<Bronpost> posten)
    {
        var natura = posten.Where(p => p.Soort == InNatura).ToList();
        return new Dekking
        {
            Jaar = jaar,
            Subsidie = posten.Where(p => p.Soort == Subsidie).Sum(p => p.Euro),
            EigenMiddelen = posten.Where(p => p.Soort == EigenMiddelen).Sum(p => p.Euro),
            InNaturaEuro = natura.Sum(p => p.Euro),
            InNaturaGewaardeerd = natura.Where(p => p.Uurtarief is not null).Sum(p => p.Uren * p.Uurtarief!.Value),
            InNaturaUren = natura.Sum(p => p.Uren),
            OngewaardeerdeUren = natura.Where(p => p.Uurtarief is null).Sum(p => p.Uren),
            Uren = posten.Sum(p => p.Uren),
        };
    }

    /// <summary>The dekking per year of <paramref name="jaren"/> (a year without rows: all zero).</summary>
    public static IReadOnlyList<Dekking> DekPerJaar(IReadOnlyList<int> jaren, IReadOnlyCollection<Bronpost> posten)
    {
        var perJaar = posten.ToLookup(p => p.Jaar);
        return jaren.Select(j => Dek(j, perJaar[j].ToList())).ToList();
    }

    /// <summary>One <see cref="Financier"/> per partner, in the order described there.</summary>
    public static IReadOnlyList<Financier> Financiers(IEnumerable<(long Id, string Naam, string Rol, decimal? Uurtarief)> partners,
        IReadOnlyList<int> jaren, IReadOnlyCollection<Bronpost> posten)
    {
        var perPartner = posten.ToLookup(p => p.PartnerId);
        return partners.Select((p, i) => (p, i))
            .OrderBy(x => x.p.Rol == PartnerRol.Financier ? 0 : x.p.Rol == PartnerRol.Penvoerder ? 1 : 2).ThenBy(x => x.i)
            .Select(x =>
            {
                var eigen = perPartner[x.p.Id].ToList();
                return new Financier
                {
                    Id = x.p.Id, Naam = x.p.Naam, Rol = x.p.Rol, Uurtarief = x.p.Uurtarief,
                    PerJaar = DekPerJaar(jaren, eigen), Totaal = Dek(0, eigen),
                };
            }).ToList();
    }

    /// <summary>
    /// Begroot (inzet) against besteed (besteding) for one year or a total; not part of the plan's stored JSON.
    /// <see cref="VerschilEuro"/> and <see cref="VerschilUren"/> are besteed minus begroot: above zero is over budget.
    /// </summary>
    public sealed record Vergelijking
    {
        /// <summary>0 for a total over all years.</summary>
        public int Jaar { get; init; }
        public decimal BegrootEuro { get; init; }
        public decimal BesteedEuro { get; init; }
        public decimal BegrootUren { get; init; }
        public decimal BesteedUren { get; init; }
        public decimal VerschilEuro => BesteedEuro - BegrootEuro;
        public decimal VerschilUren => BesteedUren - BegrootUren;
        public bool OverBudgetEuro => VerschilEuro > 0;
        public bool OverBudgetUren => VerschilUren > 0;
        public bool Leeg => BegrootEuro == 0 && BesteedEuro == 0 && BegrootUren == 0 && BesteedUren == 0;
    }

    /// <summary>One row (a partner) of begroot against besteed: every year, then the total.</summary>
    public sealed record VergelijkingRegel
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public IReadOnlyList<Vergelijking> PerJaar { get; init; } = [];
        public Vergelijking Totaal { get; init; } = new();
    }

    /// <summary>Begroot and besteed side by side per year of <paramref name="jaren"/>, sums exact in C#.</summary>
    public static IReadOnlyList<Vergelijking> VergelijkPerJaar(IReadOnlyList<int> jaren, IReadOnlyCollection<Post> begroot, IReadOnlyCollection<Post> besteed)
    {
        var b = PerJaar(jaren, begroot);
        var r = PerJaar(jaren, besteed);
        return b.Zip(r, (x, y) => new Vergelijking
        {
            Jaar = x.Jaar, BegrootEuro = x.Euro, BegrootUren = x.Uren, BesteedEuro = y.Euro, BesteedUren = y.Uren,
        }).ToList();
    }

    public static Vergelijking Totaal(IReadOnlyCollection<Post> begroot, IReadOnlyCollection<Post> besteed) => new()
    {
        BegrootEuro = begroot.Sum(p => p.Euro),
        BegrootUren = begroot.Sum(p => p.Uren),
        BesteedEuro = besteed.Sum(p => p.Euro),
        BesteedUren = besteed.Sum(p => p.Uren),
    };

    /// <summary>One row per item (in the given order, also items with nothing begroot or besteed), grouped by the key the posts carry.</summary>
    public static IReadOnlyList<VergelijkingRegel> Vergelijk(IEnumerable<(long Id, string Naam)> items, Func<Post, long> sleutel,
        IReadOnlyList<int> jaren, IReadOnlyCollection<Post> begroot, IReadOnlyCollection<Post> besteed)
    {
        var b = begroot.ToLookup(sleutel);
        var r = besteed.ToLookup(sleutel);
        return items.Select(i =>
        {
            var (bi, ri) = (b[i.Id].ToList(), r[i.Id].ToList());
            return new VergelijkingRegel { Id = i.Id, Naam = i.Naam, PerJaar = VergelijkPerJaar(jaren, bi, ri), Totaal = Totaal(bi, ri) };
        }).ToList();
    }
}
