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
