using System.Reflection;
using System.Text.Json.Serialization;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Logboek;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Tests.Gebruikers;
using ProgrammaPlanner.Core.Verhalen;

namespace ProgrammaPlanner.Core.Tests.Verhalen;

/// <summary>
/// A story belongs to its teller, not to whoever wrote it down: its words never reach the audit summary (every member reads
/// the logboek) nor the data download of the user who recorded or changed it.
/// </summary>
public class VerhaalPrivacyTests
{
    private const string Titel = "De brief van de corporatie";
    private const string Tekst = "Ze schaamde zich voor de achterstand en opende maandenlang geen post meer.";

    [Test]
    public async Task DataDownload_OfTheUserWhoRecordedAndChangedAStory_HoldsNoTitelOrTekst()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateProgrammaAsync();
        await using var rik = await app.LidAsync("Rik Redacteur", p, ProgrammaRol.Redacteur);
        var id = await rik.SendAsync(VerhaalTests.Verhaal(p, Titel, Tekst));
        await rik.SendAsync(new UpdateVerhaal.Command(p, id, 1, Titel + " (2)", Tekst + " Nu gaat het beter.", Verteller.Bewoner, null,
            new DateOnly(2026, 3, 2), [Bestaanszekerheid.Schulden], []));

        var json = await rik.SendAsync(new ExportGebruikersgegevens.Query(rik.Gebruiker.GebruikerId!.Value));

        Assert.That(json, Does.Contain("Verhaal vastgelegd").And.Contain("Verhaal gewijzigd"), "the download does hold what the user did");
        Assert.That(json, Does.Not.Contain("brief van de corporatie").And.Not.Contain("schaamde").And.Not.Contain("beter"));
        var log = await app.SendAsync(new ListAuditLog.Query(p, null, null, null, 1, 10));
        var wijziging = log.Rows.Single(r => r.Opdracht == "UpdateVerhaal");
        Assert.That(wijziging.Samenvatting, Does.Contain($"\"VerhaalId\":{id}"), "the logboek names the story by its id");
        Assert.That(string.Join("\n", log.Rows.Select(r => r.Samenvatting)), Does.Not.Contain("corporatie").And.Not.Contain("schaamde"));
    }

    /// <summary>Every command that carries a story's words keeps them out of the audit summary, also the ones written later.</summary>
    [Test]
    public void StoryCommands_TitelAndTekst_NeverInTheAuditSummary()
    {
        var verhaalCommands = Requests.Alle
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .Where(t => typeof(IVerhaalKenmerken).IsAssignableFrom(t))
            .ToList();
        var gelekt = verhaalCommands
            .SelectMany(t => t.GetProperties().Where(p => p.Name is "Titel" or "Tekst").Select(p => (t, p)))
            .Where(x => x.p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(x => $"{Requests.Naam(x.t)}.{x.p.Name}");

        Assert.That(verhaalCommands, Has.Member(typeof(RecordVerhaal.Command)).And.Member(typeof(ConvertBijdrageToVerhaal.Command)));
        Assert.That(gelekt, Is.Empty);
    }
}
