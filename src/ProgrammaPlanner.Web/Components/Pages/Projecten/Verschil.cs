using ProgrammaPlanner.Core;

namespace ProgrammaPlanner.Web.Components.Pages.Projecten;

/// <summary>
/// Besteed against begroot in words, so over budget is plain in the text and not only in a colour:
/// "€ 2.000,00 boven begroting", "€ 500,00 onder begroting", "volgens begroting", "nog niets besteed".
/// </summary>
public static class Verschil
{
    public static string Euro(decimal begroot, decimal besteed) => Tekst(begroot, besteed, Opmaak.Euro);

    public static string Uren(decimal begroot, decimal besteed) => Tekst(begroot, besteed, u => $"{Opmaak.Uren(u)} uur");

    /// <summary>True when more was spent than budgeted.</summary>
    public static bool Over(decimal begroot, decimal besteed) => besteed > begroot;

    private static string Tekst(decimal begroot, decimal besteed, Func<decimal, string> opmaak)
    {
        if (besteed == 0) return begroot == 0 ? "–" : "nog niets besteed";
        var verschil = besteed - begroot;
        return verschil switch
        {
            > 0 => $"{opmaak(verschil)} boven begroting",
            < 0 => $"{opmaak(-verschil)} onder begroting",
            _ => "volgens begroting",
        };
    }
}
