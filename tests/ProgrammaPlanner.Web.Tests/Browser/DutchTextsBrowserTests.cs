using System.Collections;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>No English reaches a user: MudBlazor's own texts and aria-labels are Dutch on every main page of a sample.</summary>
[Category("Browser")]
public partial class DutchTextsBrowserTests
{
    /// <summary>MudBlazor's English texts of the version in use, read from its own resource.</summary>
    public static IReadOnlyDictionary<string, string> MudBlazorEnglish()
    {
        var assembly = typeof(MudBlazor.MudButton).Assembly;
        using var stream = assembly.GetManifestResourceStream("MudBlazor.Resources.LanguageResource.resources")!;
        using var reader = new ResourceReader(stream);
        return reader.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Test]
    public void MudBlazorTexts_EveryKeyOfTheVersionInUse_HasADutchText()
    {
        var missing = MudBlazorEnglish().Keys.Where(k => !DutchMudTexts.Texts.ContainsKey(k)).ToList();

        Assert.That(missing, Is.Empty);
    }

    /// <summary>
    /// The English texts to look for: the part before a placeholder ("Next month {0}" → "Next month"); not symbols
    /// ("=", "<") nor words that are Dutch as well ("Filter", "Start", "Ok", "is", "Spectrum").
    /// </summary>
    private static List<string> EnglishToFind() =>
        MudBlazorEnglish().Values
            .Select(v => v.Split('{')[0].Trim().TrimEnd(':'))
            .Where(v => v.Length >= 3 && v.Any(char.IsLetter))
            .Where(v => !new[] { "Filter", "Start", "Spectrum", "Index", "Value" }.Contains(v))
            .Where(v => !DutchMudTexts.Texts.Values.Contains(v))
            .Distinct()
            .ToList();

    [Test]
    public async Task MainPages_Sample_ShowNoEnglishMudBlazorTextsOrLabels()
    {
        await using var app = await AppProcess.StartAsync();
        var page = await BrowserFixture.NewPageAsync();
        var english = EnglishToFind();
        var p = $"/programmas/{Samples.SamenNoord}";
        var paths = new List<string>
        {
            "/", p, $"{p}/bewerken", $"{p}/speerpunten", $"{p}/projecten", $"{p}/partners", $"{p}/samenwerking", $"{p}/bijeenkomsten", $"{p}/hoofdstukken",
            $"{p}/prioritering", $"{p}/voorstellen", $"{p}/plan", $"{p}/versies", $"{p}/logboek", $"{p}/leden", $"{p}/uitwisseling",
            "/beheer/gebruikers", "/beheer/mail",
            "/account", $"{p}/projecten/nieuw", $"{p}/bijeenkomsten/nieuw",
        };
        var found = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            await page.OpenAsync(app, paths[i]);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Follow the first item of each list into its detail page.
            foreach (var detail in new[] { "/doelstellingen/", "/projecten/", "/bijeenkomsten/", "/versies/" })
            {
                if (!paths[i].EndsWith(detail.TrimEnd('/'), StringComparison.Ordinal) && !paths[i].EndsWith("/speerpunten", StringComparison.Ordinal)) continue;
                var href = await page.EvaluateAsync<string?>(
                    "d => [...document.querySelectorAll('a[href]')].map(a => new URL(a.href).pathname).find(h => new RegExp(d + '\\\\d+$').test(h)) ?? null",
                    detail);
                if (href is not null && !paths.Contains(href)) paths.Add(href);
            }
            var texts = await page.EvaluateAsync<string[]>("""
                () => {
                  const out = [];
                  for (const el of document.querySelectorAll('body *')) {
                    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(a + ': ' + el.getAttribute(a));
                    if (el.children.length === 0 && el.textContent.trim()) out.push('text: ' + el.textContent.trim());
                  }
                  return out;
                }
                """);
            // The browser's own bubbles ("Please fill out this field.") are English: no form lets the browser check its fields.
            var checkedByBrowser = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('form:not([novalidate]) :is([required],[min],[max],[pattern],[type=email],[type=number])')]
                  .map(e => e.outerHTML.slice(0, 120))
                """);
            found.AddRange(checkedByBrowser.Select(h => $"{paths[i]} — browser validation: {h}"));
            // A bare file input draws the browser's own "Choose File" / "No file chosen": Bestandkeuze stands in for it.
            var bareFileInputs = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('input[type=file]')].filter(e => !e.closest('.bestandkeuze')).map(e => e.outerHTML.slice(0, 120))");
            found.AddRange(bareFileInputs.Select(h => $"{paths[i]} — browser file chooser: {h}"));
            foreach (var t in texts)
            {
                var value = t[(t.IndexOf(": ", StringComparison.Ordinal) + 2)..];
                // A text must be the whole English text ("Open actiepunten" is Dutch); a label may go on ("Next month March").
                var attribute = !t.StartsWith("text: ", StringComparison.Ordinal);
                if (english.Any(e => value.Equals(e, StringComparison.Ordinal) || (attribute && value.StartsWith(e + " ", StringComparison.Ordinal)))
                    || PagerInfo().IsMatch(value))
                    found.Add($"{paths[i]} — {t}");
            }
        }
        await page.ScreenshotAsync("nederlandse-teksten-laatste-pagina");

        Assert.That(paths, Has.Count.GreaterThan(18), "de detailpagina's zijn gevonden");
        Assert.That(found.Distinct(), Is.Empty, string.Join("\n", found.Distinct()));
    }

    [GeneratedRegex(@"^\d+-\d+ of \d+$")]
    private static partial Regex PagerInfo();
}
