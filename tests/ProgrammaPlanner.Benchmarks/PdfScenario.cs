using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Benchmarks;

/// <summary>
/// What BenchmarkDotNet can't express well: cold exports (driver + browser start included, a fresh printer each
/// time), 5 exports at once, and memory after 50 exports (this process and its children: driver + Chromium).
/// </summary>
public static class PdfScenario
{
    public static async Task<int> RunAsync(TextWriter uit)
    {
        await using var omgeving = await PlanOmgeving.MaakAsync();
        var html = omgeving.Services.GetRequiredService<PlanHtml>();
        var instellingen = omgeving.Services.GetRequiredService<PdfSettings>();
        var plan = omgeving.Plan;
        var opties = PlanOmgeving.Opties;

        var koud = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            await using var printer = new PdfPrinter(instellingen, NullLogger<PdfPrinter>.Instance);
            var pdf = await new PlanPdf(html, printer).MaakAsync(plan, opties);
            koud.Add(sw.Elapsed.TotalSeconds);
            if (i > 0) continue;
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            await uit.WriteLineAsync($"pagina's: {document.NumberOfPages}");
        }
        var koudLijst = string.Join(", ", koud.Select(k => k.ToString("0.00")));
        await uit.WriteLineAsync($"koud (browserstart inbegrepen), 5×: mediaan {Mediaan(koud):0.00} s  [{koudLijst}]");

        var warm = omgeving.Services.GetRequiredService<PlanPdf>();
        await warm.MaakAsync(plan, opties);
        var warmTijden = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var sw = Stopwatch.StartNew();
            await warm.MaakAsync(plan, opties);
            warmTijden.Add(sw.Elapsed.TotalSeconds);
        }
        await uit.WriteLineAsync($"warm, 10×: mediaan {Mediaan(warmTijden):0.00} s  [{string.Join(", ", warmTijden.Select(k => k.ToString("0.00")))}]");

        var gelijk = Stopwatch.StartNew();
        var vijf = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => warm.MaakAsync(plan, opties)));
        var geslaagd = vijf.Count(p => p.Length > 0 && p.AsSpan(0, 5).SequenceEqual("%PDF-"u8));
        await uit.WriteLineAsync($"5 tegelijk: {geslaagd}/5 geslaagd in {gelijk.Elapsed.TotalSeconds:0.00} s");

        var (eigenVoor, boomVoor) = Geheugen();
        var heapVoor = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 50; i++) await warm.MaakAsync(plan, opties);
        var (eigenNa, boomNa) = Geheugen();
        var heapNa = GC.GetTotalMemory(forceFullCollection: true);
        await uit.WriteLineAsync($"geheugen na 50 exports: dit proces {eigenVoor / 1e6:0} → {eigenNa / 1e6:0} MB (+{(eigenNa - eigenVoor) / 1e6:0.0} MB, " +
                                 $"waarvan beheerde objecten {heapVoor / 1e6:0} → {heapNa / 1e6:0} MB); " +
                                 $"met driver en Chromium {boomVoor / 1e6:0} → {boomNa / 1e6:0} MB (+{(boomNa - boomVoor) / 1e6:0.0} MB)");
        // A leak keeps growing; memory the runtime keeps for reuse does not: 50 more, compared with after the first 50.
        for (var i = 0; i < 50; i++) await warm.MaakAsync(plan, opties);
        var (eigenNa100, boomNa100) = Geheugen();
        await uit.WriteLineAsync($"na 50 exports meer: dit proces {eigenNa / 1e6:0} → {eigenNa100 / 1e6:0} MB (+{(eigenNa100 - eigenNa) / 1e6:0.0} MB); " +
                                 $"met driver en Chromium {boomNa / 1e6:0} → {boomNa100 / 1e6:0} MB (+{(boomNa100 - boomNa) / 1e6:0.0} MB); " +
                                 $"open Chromium-pagina's (renderers): {Renderers()}");
        return 0;
    }

    /// <summary>
    /// The speed target of the PDF export: warm export ≤ 1.2 × one bare tagged print of the same HTML on the same browser.
    /// The two alternate, so a busy machine slows both alike; the medians and their ratio are reported.
    /// </summary>
    public static async Task<int> VerhoudingAsync(TextWriter uit, int keer)
    {
        await using var omgeving = await PlanOmgeving.MaakAsync();
        var pdf = omgeving.Services.GetRequiredService<PlanPdf>();
        var printer = omgeving.Services.GetRequiredService<PdfPrinter>();
        var html = await omgeving.Services.GetRequiredService<PlanHtml>().RenderAsync(omgeving.Plan, PlanOmgeving.Opties);
        for (var i = 0; i < 2; i++) // warm up both
        {
            await pdf.MaakAsync(omgeving.Plan, PlanOmgeving.Opties);
            await printer.MetPaginaAsync(html, PdfPrinter.PdfAsync);
        }
        var (export, nieuw, kaal) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < keer; i++)
        {
            var sw = Stopwatch.StartNew();
            await pdf.MaakAsync(omgeving.Plan, PlanOmgeving.Opties);
            export.Add(sw.Elapsed.TotalSeconds);
            sw.Restart();
            await new PlanPdf(omgeving.Services.GetRequiredService<PlanHtml>(), printer).MaakAsync(omgeving.Plan, PlanOmgeving.Opties);
            nieuw.Add(sw.Elapsed.TotalSeconds);
            sw.Restart();
            await printer.MetPaginaAsync(html, PdfPrinter.PdfAsync);
            kaal.Add(sw.Elapsed.TotalSeconds);
        }
        var stappen = new Dictionary<string, List<double>>();
        void Meet(string stap, Stopwatch sw)
        {
            (stappen.TryGetValue(stap, out var l) ? l : stappen[stap] = []).Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
        }
        var koppen = new Indeling(omgeving.Plan).Alle;
        for (var i = 0; i < Math.Max(3, keer / 3); i++)
        {
            var sw = Stopwatch.StartNew();
            var document = await omgeving.Services.GetRequiredService<PlanHtml>().RenderAsync(omgeving.Plan, PlanOmgeving.Opties);
            Meet("HTML", sw);
            var getagd = await printer.MetPaginaAsync(document, async page =>
            {
                Meet("laden", sw);
                await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
                Meet("proefprint zoals op main (ongetagd, alles zichtbaar)", sw);
                var proef = await PdfPrinter.ProefAsync(page);
                Meet("proefprint (niets zichtbaar)", sw);
                Pagination.Lees(proef, koppen);
                Meet("paginas uit proef", sw);
                var echt = await PdfPrinter.PdfAsync(page);
                Meet("getagde print", sw);
                Pagination.Lees(echt, koppen);
                Meet("paginas uit getagde print", sw);
                return echt;
            });
            sw.Restart();
            PdfInfo.VulAan(getagd, "t", "a", "o", DateTimeOffset.Now, _ => "x");
            Meet("afwerking (PdfInfo)", sw);
        }
        foreach (var (stap, tijden) in stappen) await uit.WriteLineAsync($"  {stap}: mediaan {Mediaan(tijden):0} ms");
        await uit.WriteLineAsync($"kale getagde print van dezelfde HTML, {keer}×: mediaan {Mediaan(kaal):0.000} s");
        foreach (var (soort, tijden) in new[] { ("PDF-export warm, zelfde plan nog eens", export), ("PDF-export warm, nieuw plan (met proefprint)", nieuw) })
        {
            var verhoudingen = tijden.Zip(kaal, (a, b) => a / b).ToList();
            await uit.WriteLineAsync($"{soort}: mediaan {Mediaan(tijden):0.000} s = {Mediaan(tijden) / Mediaan(kaal):0.00} × de kale print " +
                                     $"(mediaan van de verhoudingen per paar {Mediaan(verhoudingen):0.00} ×)");
        }
        return 0;
    }

    private static double Mediaan(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    /// <summary>
    /// Resident memory of this process after an aggressive GC (which also gives free memory back to the system: the GC
    /// otherwise keeps the room the 2 MB PDFs took for reuse, which reads as growth but is no leak), and of this process
    /// plus all its descendants (Linux /proc).
    /// </summary>
    private static (long Eigen, long Boom) Geheugen()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        var eigen = Rss(self.Id);
        var ouders = Directory.GetDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var p) ? p : 0).Where(p => p > 0)
            .Select(p => (Pid: p, Ouder: Ouder(p))).ToList();
        var boom = new HashSet<int> { self.Id };
        for (var groei = true; groei;)
        {
            groei = false;
            foreach (var (pid, ouder) in ouders)
                if (boom.Contains(ouder) && boom.Add(pid)) groei = true;
        }
        return (eigen, boom.Sum(Rss));
    }

    /// <summary>Chromium's renderer processes under this process: one per open page, so leaked pages or contexts show here.</summary>
    private static int Renderers()
    {
        var eigen = Environment.ProcessId;
        return Directory.GetDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var p) ? p : 0).Where(p => p > 0)
            .Count(p =>
                {
                    try
                    {
                        return File.ReadAllText($"/proc/{p}/cmdline").Contains("--type=renderer")
                && Voorouder(p, eigen);
                    }
                    catch (IOException) { return false; }
                });
    }

    private static bool Voorouder(int pid, int voorouder)
    {
        for (var p = pid; p > 1; p = Ouder(p)) if (p == voorouder) return true;
        return false;
    }

    private static int Ouder(int pid)
    {
        try { return int.Parse(File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]); }
        catch (IOException) { return 0; }
    }

    private static long Rss(int pid)
    {
        try
        {
            var regel = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return regel is null ? 0 : long.Parse(regel.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { return 0; }
    }
}
