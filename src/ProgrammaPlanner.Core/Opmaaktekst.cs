using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Core;

/// <summary>
/// The small, safe markup of prose in the plan (aanleiding, ambitie, analyse, mandaat), read once into blocks so the screen,
/// the PDF and the DOCX show the same: an empty line starts a new alinea, a single line break stays a line break, lines
/// starting with "- " or "* " are an opsomming and "1. " or "1) " a genummerde lijst; **vet**, *cursief* and
/// [tekst](https://…) inside a line. No HTML: a tag is just text, and a link only goes to http, https or mailto.
/// </summary>
public static partial class Opmaaktekst
{
    /// <summary>The help under every field that takes this markup.</summary>
    public const string Uitleg = "Opmaak: lege regel = nieuwe alinea; regels met '- ' of '1. ' = lijst; **vet**, *cursief*, [tekst](https://…).";

    /// <summary>A piece of a line: text with its emphasis, or a link (<see cref="Link"/> set).</summary>
    public sealed record Stuk(string Tekst, bool Vet = false, bool Cursief = false, string? Link = null);

    /// <summary>An alinea (its lines) or an opsomming, with bullets or numbered (its items, each one line).</summary>
    public abstract record Blok(IReadOnlyList<IReadOnlyList<Stuk>> Regels);

    public sealed record Alinea(IReadOnlyList<IReadOnlyList<Stuk>> Regels) : Blok(Regels);

    public sealed record Opsomming(bool Genummerd, IReadOnlyList<IReadOnlyList<Stuk>> Regels) : Blok(Regels);

    public static IReadOnlyList<Blok> Lees(string tekst)
    {
        var blokken = new List<Blok>();
        foreach (var deel in Opmaak.Alineas(tekst))
        {
            // Within one alinea, runs of list lines become lists; the other lines stay an alinea with their line breaks.
            var regels = deel.Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
            var i = 0;
            while (i < regels.Count)
            {
                var soort = Soort(regels[i]);
                var groep = new List<string>();
                while (i < regels.Count && Soort(regels[i]) == soort) groep.Add(regels[i++]);
                blokken.Add(soort switch
                {
                    null => new Alinea(groep.Select(Regel).ToList()),
                    var genummerd => new Opsomming(genummerd.Value, groep.Select(r => Regel(Item().Replace(r, "", 1))).ToList()),
                });
            }
        }
        return blokken;
    }

    /// <summary>null: not a list line; false: an opsomming; true: a genummerde lijst.</summary>
    private static bool? Soort(string regel) => Item().Match(regel) is { Success: true } m ? char.IsDigit(m.Value[0]) : null;

    private static IReadOnlyList<Stuk> Regel(string regel)
    {
        var stukken = new List<Stuk>();
        var vanaf = 0;
        foreach (Match m in Inline().Matches(regel))
        {
            if (m.Index > vanaf) stukken.Add(new Stuk(regel[vanaf..m.Index]));
            if (m.Groups["linktekst"].Success)
            {
                var adres = m.Groups["adres"].Value;
                stukken.Add(VeiligAdres(adres) ? new Stuk(m.Groups["linktekst"].Value, Link: adres) : new Stuk(m.Value));
            }
            else if (m.Groups["vet"].Success) stukken.Add(new Stuk(m.Groups["vet"].Value, Vet: true));
            else stukken.Add(new Stuk(m.Groups["cursief"].Value, Cursief: true));
            vanaf = m.Index + m.Length;
        }
        if (vanaf < regel.Length) stukken.Add(new Stuk(regel[vanaf..]));
        return stukken;
    }

    private static bool VeiligAdres(string adres) =>
        Uri.TryCreate(adres, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    [GeneratedRegex(@"^(?:[-*•]|\d{1,3}[.)])\s+")]
    private static partial Regex Item();

    [GeneratedRegex(@"\[(?<linktekst>[^\]\n]+)\]\((?<adres>[^)\s]+)\)|\*\*(?<vet>[^*\n]+?)\*\*|(?<![\w*])\*(?<cursief>[^*\s][^*\n]*?)\*(?![\w*])")]
    private static partial Regex Inline();
}
