using ProgrammaPlanner.Core.Doelstellingen;

namespace ProgrammaPlanner.Web.Components.Pages.Doelstellingen;

/// <summary>The doelstelling form's model: property names equal the commands' parameter names, so the core's field messages land here.</summary>
public sealed class DoelstellingModel
{
    public long SpeerpuntId { get; set; }
    public string Naam { get; set; } = "";
    public string Omschrijving { get; set; } = "";
    public string IndicatorNaam { get; set; } = "";
    public string IndicatorEenheid { get; set; } = "";
    public string IndicatorBron { get; set; } = "";
    public bool HogerIsBeter { get; set; } = true;
    public string Meetfrequentie { get; set; } = Core.Meetfrequentie.Alle[3];
    public decimal? NulmetingWaarde { get; set; }
    public int? NulmetingJaar { get; set; }
    /// <summary>One cell per year of the programme period; empty cells are not sent.</summary>
    public Dictionary<int, decimal?> Streefwaarden { get; set; } = [];
    public int Version { get; set; }

    public static DoelstellingModel Nieuw(long speerpuntId, IEnumerable<int> jaren) =>
        new() { SpeerpuntId = speerpuntId, Streefwaarden = jaren.ToDictionary(j => j, _ => (decimal?)null) };

    public static DoelstellingModel Van(GetDoelstelling.Doelstelling d, IEnumerable<int> jaren)
    {
        var m = new DoelstellingModel
        {
            SpeerpuntId = d.SpeerpuntId, Naam = d.Naam, Omschrijving = d.Omschrijving, IndicatorNaam = d.IndicatorNaam,
            IndicatorEenheid = d.IndicatorEenheid, IndicatorBron = d.IndicatorBron, HogerIsBeter = d.HogerIsBeter,
            Meetfrequentie = d.Meetfrequentie, NulmetingWaarde = d.NulmetingWaarde, NulmetingJaar = d.NulmetingJaar, Version = d.Version,
            Streefwaarden = jaren.ToDictionary(j => j, _ => (decimal?)null),
        };
        // A streefwaarde outside the (since shortened) period stays visible, so saving does not drop it silently.
        foreach (var s in d.Streefwaarden) m.Streefwaarden[s.Jaar] = s.Waarde;
        return m;
    }

    /// <summary>The filled cells, in year order: index i of this list is "Streefwaarden[i]" in the core's messages.</summary>
    public List<Streefwaarde> TeVersturen() =>
        Streefwaarden.Where(s => s.Value is not null).OrderBy(s => s.Key).Select(s => new Streefwaarde(s.Key, s.Value!.Value)).ToList();
}
