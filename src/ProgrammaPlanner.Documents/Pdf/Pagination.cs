using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ProgrammaPlanner.Documents.Pdf;

/// <summary>
/// Finds the page of every heading in a printed PDF by its id. Each inhoudsopgave entry links to its heading
/// (href="#h3-2"), and Chromium writes a named destination per link target: name = the heading's id, value = the
/// page it stands on. That needs no tags or outline, so the measuring print can be the fast, untagged one.
/// </summary>
public static class Pagination
{
    public static IReadOnlyDictionary<string, int> Lees(byte[] pdf, IEnumerable<Kop> koppen)
    {
        using var document = PdfDocument.Open(pdf);
        var structuur = document.Structure;
        T Los<T>(IToken token) where T : IToken => token is IndirectReferenceToken r ? (T)structuur.GetObject(r.Data).Data : (T)token;

        var catalogus = structuur.Catalog.CatalogDictionary.Data;
        if (!catalogus.TryGetValue(NameToken.Dests.Data, out var destsToken)) return new Dictionary<string, int>();
        var paginas = PaginaNummers(structuur, ((IndirectReferenceToken)catalogus[NameToken.Pages.Data]).Data);
        var bestemmingen = Los<DictionaryToken>(destsToken).Data;

        var gevonden = new Dictionary<string, int>();
        foreach (var kop in koppen)
            if (bestemmingen.TryGetValue(kop.Id, out var bestemming) && Los<ArrayToken>(bestemming).Data[0] is IndirectReferenceToken pagina
                && paginas.TryGetValue(pagina.Data, out var nummer))
                gevonden[kop.Id] = nummer;
        return gevonden;
    }

    /// <summary>Page object → page number, by walking the page tree in order.</summary>
    private static Dictionary<IndirectReference, int> PaginaNummers(Structure structuur, IndirectReference wortel)
    {
        var nummers = new Dictionary<IndirectReference, int>();
        void Loop(IndirectReference knoop)
        {
            var d = (DictionaryToken)structuur.GetObject(knoop).Data;
            if (!d.Data.TryGetValue(NameToken.Kids.Data, out var kinderen)) { nummers[knoop] = nummers.Count + 1; return; }
            var lijst = kinderen is IndirectReferenceToken r ? (ArrayToken)structuur.GetObject(r.Data).Data : (ArrayToken)kinderen;
            foreach (var kind in lijst.Data) Loop(((IndirectReferenceToken)kind).Data);
        }
        Loop(wortel);
        return nummers;
    }
}
