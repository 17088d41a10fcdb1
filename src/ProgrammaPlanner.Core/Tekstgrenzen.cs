using FluentValidation;

namespace ProgrammaPlanner.Core;

/// <summary>
/// The one home of how long a text may be. Every command validator, the import and every text field of the UI
/// (<c>MaxLength</c>) read these, so a field has the same limit everywhere. Generous for a programmaplan (the longest text
/// in the samples is 600 characters), small enough that one field cannot make a plan of thousands of pages.
/// </summary>
public static class Tekstgrenzen
{
    /// <summary>A word or two: a plaats, an eenheid, a cluster, a participant's name, a code.</summary>
    public const int Kort = 100;

    /// <summary>The name of a programma, partner, person, speerpunt, wijk, orgaan; a functie.</summary>
    public const int Naam = 200;

    /// <summary>A name that is a sentence: a project, a doelstelling, an indicator, a mijlpaal, a bijeenkomst, a motto.</summary>
    public const int Titel = 300;

    /// <summary>A short text: a bijdrage, a basisvoorwaarde, an actiepunt, a reason.</summary>
    public const int KorteTekst = 1000;

    /// <summary>A paragraph or a few: an omschrijving, a doel, a mandaat, a risico, a besluit, an opmerking.</summary>
    public const int Tekst = 4000;

    /// <summary>A chapter: the aanleiding, the ambitie, an analyse, an agenda.</summary>
    public const int LangeTekst = 20_000;

    /// <summary>The longest e-mail address the standard allows (RFC 5321).</summary>
    public const int Email = 254;

    public const int Wachtwoord = 128;

    /// <summary>The size of an import file (bytes, UTF-8); a full programma with long texts is a few hundred kB.</summary>
    public const int ImportBytes = 5 * 1024 * 1024;

    /// <summary>The size of a scanned signed page (bytes): a page or two scanned at 300 dpi.</summary>
    public const int ScanBytes = 10 * 1024 * 1024;

    public static string TeLang(string wat, int max) => $"{wat} is te lang (maximaal {max} tekens).";

    /// <summary>The length rule with its Dutch message, e.g. <c>.MaxTekens(Tekstgrenzen.Naam, "De naam")</c>.</summary>
    public static IRuleBuilderOptions<T, string> MaxTekens<T>(this IRuleBuilder<T, string> rule, int max, string wat) =>
        rule.MaximumLength(max).WithMessage(TeLang(wat, max));
}
