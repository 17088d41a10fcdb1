using ProgrammaPlanner.Core.Bijeenkomsten;

namespace ProgrammaPlanner.Documents.Verslag;

/// <summary>What the verslag shows, derived from the read model once for the HTML and the DOCX alike.</summary>
public sealed class VerslagModel(GetVerslag.Verslag v)
{
    public GetVerslag.Verslag Bron => v;
    public GetBijeenkomst.Bijeenkomst B => v.Bijeenkomst;
    public string Titel => $"Verslag {B.Titel}";
    public string Kenmerk
        => $"{Opmaak.Hoofdletter(B.Soort)} · {Opmaak.Datum(B.Datum)}, {B.Begintijd}–{B.Eindtijd}{(B.Locatie.Length > 0 ? " · " + B.Locatie : "")}";

    public static string Kop(string soort) => soort switch { "ambitie" => "Ambities", "belang" => "Belangen", "idee" => "Ideeën", _ => "Zorgen" };

    public IEnumerable<(string Soort, IReadOnlyList<ListBijdragen.Bijdrage> Bijdragen)> PerSoort =>
        BijdrageSoort.Alle.Select(s => (s, (IReadOnlyList<ListBijdragen.Bijdrage>)v.Zelfstandig.Where(b => b.Soort == s).ToList())).Where(x
            => x.Item2.Count > 0);

    /// <summary>Per partner: how many bijdragen of each soort (merged ones counted with their own partner).</summary>
    public IReadOnlyList<(string Partner, int[] PerSoort, int Totaal)> PerPartner =>
        v.Bijdragen.GroupBy(b => b.Partner).OrderBy(g => g.Key, StringComparer.Create(Opmaak.Nl, false))
            .Select(g => (g.Key, BijdrageSoort.Alle.Select(s => g.Count(b => b.Soort == s)).ToArray(), g.Count())).ToList();

    public string Geworden(ListBijdragen.Bijdrage b) =>
        b.NietOvergenomen is { } reden ? $"Niet overgenomen: {reden}"
        : b.Elementen.Count > 0 ? string.Join("; ", b.Elementen.Select(e => $"{Opmaak.Hoofdletter(e.Soort)} '{e.Naam}'"))
        : "Nog open";

    public string Tekst(ListBijdragen.Bijdrage b)
    {
        var samen = v.SamengevoegdIn(b.Id).Select(m => $"\"{m.Tekst}\" ({m.Partner})").ToList();
        return samen.Count == 0 ? b.Tekst : $"{b.Tekst} (samengevoegd met {string.Join(", ", samen)})";
    }

    public string BijdrageTekst(long id) => v.Bijdragen.FirstOrDefault(b => b.Id == id) is { } b ? $"{b.Tekst} ({b.Partner})" : $"bijdrage {id}";

    public string Aanwezigen => v.Aanwezig.Count > 0 ? string.Join(", ", v.Aanwezig) : "–";
    public string Uitgenodigd => v.Uitgenodigd.Count > 0 ? string.Join(", ", v.Uitgenodigd) : "–";
}
