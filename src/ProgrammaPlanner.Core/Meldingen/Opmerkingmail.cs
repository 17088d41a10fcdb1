namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>How a member hears of replies in threads they wrote in; stored as these Dutch words.</summary>
public static class Opmerkingmail
{
    public const string Direct = "direct";
    public const string Dagelijks = "dagelijks";
    public const string Geen = "geen";

    public static readonly IReadOnlyList<string> Alle = [Direct, Dagelijks, Geen];

    /// <summary>The hour (Dutch time) the daily overview goes out.</summary>
    public const int Overzichtsuur = 7;

    public static string Label(string keuze) => keuze switch
    {
        Direct => "Meteen, een e-mail per reactie",
        Dagelijks => $"Eén overzicht per dag (om {Overzichtsuur}:00 uur)",
        Geen => "Geen e-mail",
        _ => keuze,
    };

    /// <summary>When the next daily overview goes out: the next <see cref="Overzichtsuur"/> o'clock, Dutch time.</summary>
    public static DateTimeOffset VolgendOverzicht(DateTimeOffset nu)
    {
        var lokaal = Tijd.NaarLokaal(nu);
        var vandaag = lokaal.Date.AddHours(Overzichtsuur);
        var moment = lokaal < vandaag ? vandaag : vandaag.AddDays(1);
        return new DateTimeOffset(moment, Tijd.Nederland.GetUtcOffset(moment));
    }
}
