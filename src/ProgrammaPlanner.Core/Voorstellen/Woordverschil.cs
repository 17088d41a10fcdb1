using System.Text.RegularExpressions;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>
/// A word-level difference between two texts, for showing a proposal: the words both share, the ones taken out and the
/// ones put in, in reading order (longest common subsequence of the words; whitespace is kept with the word before it).
/// </summary>
public static partial class Woordverschil
{
    public enum Soort { Gelijk, Weg, Erbij }

    public sealed record Deel(Soort Soort, string Tekst);

    /// <summary>Texts beyond this many words are shown as one taken out and one put in (the table is words × words).</summary>
    public const int MaxWoorden = 2000;

    public static IReadOnlyList<Deel> Tussen(string oud, string nieuw)
    {
        var a = Woorden(oud);
        var b = Woorden(nieuw);
        if (a.Count > MaxWoorden || b.Count > MaxWoorden)
            return [.. new[] { new Deel(Soort.Weg, oud), new Deel(Soort.Erbij, nieuw) }.Where(d => d.Tekst.Length > 0)];

        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lcs[i, j] = Sleutel(a[i]) == Sleutel(b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var delen = new List<Deel>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && Sleutel(a[x]) == Sleutel(b[y])) { Voeg(delen, Soort.Gelijk, b[y]); x++; y++; }
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1])) { Voeg(delen, Soort.Weg, a[x]); x++; }
            else { Voeg(delen, Soort.Erbij, b[y]); y++; }
        }
        return delen;
    }

    private static string Sleutel(string woord) => woord.TrimEnd();

    private static void Voeg(List<Deel> delen, Soort soort, string woord)
    {
        if (delen.Count > 0 && delen[^1].Soort == soort) delen[^1] = delen[^1] with { Tekst = delen[^1].Tekst + woord };
        else delen.Add(new Deel(soort, woord));
    }

    private static List<string> Woorden(string tekst) => [.. WoordMetRuimte().Matches(tekst).Select(m => m.Value)];

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WoordMetRuimte();
}
