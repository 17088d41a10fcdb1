using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>Who signs a version: the partners by <see cref="PartnerRol.Tekent"/>. The words used when nobody would.</summary>
public static class Tekenaars
{
    /// <summary>Why a version with no signing partner cannot be frozen (<paramref name="stuk"/>: "de versie", "de rapportage").</summary>
    public static string Geen(string stuk) =>
        $"Geen enkele partner tekent: een financier of adviseur tekent niet mee, dus niemand zou {stuk} kunnen goedkeuren. " +
        "Geef minstens één partner de rol penvoerder of partner, of zet bij een financier of adviseur 'Tekent toch het plan' aan.";

    /// <summary>"X (financier) en Y (adviseur) tekenen niet mee."; null when every partner of the plan signs.</summary>
    public static string? NietTekenend(GetProgrammaplan.Programmaplan plan)
    {
        var namen = plan.Partners.Where(p => !p.Tekent).Select(p => $"{p.Naam} ({p.Rol})").ToList();
        return namen.Count switch
        {
            0 => null,
            1 => $"{namen[0]} tekent niet mee.",
            _ => $"{string.Join(", ", namen[..^1])} en {namen[^1]} tekenen niet mee.",
        };
    }
}
