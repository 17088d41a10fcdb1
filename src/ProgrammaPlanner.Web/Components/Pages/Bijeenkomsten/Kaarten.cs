using ProgrammaPlanner.Core.Bijeenkomsten;

namespace ProgrammaPlanner.Web.Components.Pages.Bijeenkomsten;

/// <summary>
/// What the card components of the wall and the beamer share so that a reload renders only the cards that changed:
/// a wall of thousands of cards must not render them all again for each new one from a phone.
/// </summary>
public static class Kaarten
{
    private static readonly IReadOnlyList<ListBijdragen.Element> Geen = [];

    /// <summary>
    /// The same data as shown before. Record equality, except the elements: every reload reads a fresh list, so those
    /// are compared item by item (Element is a record too).
    /// </summary>
    public static bool Ongewijzigd(ListBijdragen.Bijdrage? voor, ListBijdragen.Bijdrage na) =>
        voor is not null && voor with { Elementen = Geen } == na with { Elementen = Geen } && voor.Elementen.SequenceEqual(na.Elementen);

    /// <summary>How many bijdragen were merged into each one: counted once per reload, not once per card.</summary>
    public static IReadOnlyDictionary<long, int> Samengevoegd(IEnumerable<ListBijdragen.Bijdrage> bijdragen) =>
        bijdragen.Where(b => b.SamengevoegdInId is not null).GroupBy(b => b.SamengevoegdInId!.Value).ToDictionary(g => g.Key, g => g.Count());
}
