using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Tests.Bijeenkomsten;

namespace ProgrammaPlanner.Core.Tests.Data;

/// <summary>The shared versioned delete, seen through a slice that runs it without its own transaction.</summary>
public class VersionedTests
{
    [Test]
    public async Task DeleteActiepunt_StaleVersion_ConflictMessageAndNothingDeleted()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var a = await app.SendAsync(new SaveActiepunt.Command(
            s.ProgrammaId, s.BijeenkomstId, null, 0, "Locaties zoeken", s.Plan.Dock, new DateOnly(2026, 5, 1), "open"));
        await app.SendAsync(new SaveActiepunt.Command(
            s.ProgrammaId, s.BijeenkomstId, a.ActiepuntId, 1, "Locaties zoeken", s.Plan.Dock, new DateOnly(2026, 5, 1), "afgerond"));
        var before = await app.DumpAsync();

        var e = Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(new DeleteActiepunt.Command(s.ProgrammaId, a.ActiepuntId, 1)));

        Assert.That(e!.Message, Is.EqualTo(
            "Het actiepunt is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en voer uw wijziging nogmaals in."));
        Assert.That(await app.DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task DeleteActiepunt_Deleted_SecondDeleteNotFound()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync();
        var a = await app.SendAsync(new SaveActiepunt.Command(
            s.ProgrammaId, s.BijeenkomstId, null, 0, "Locaties zoeken", s.Plan.Dock, new DateOnly(2026, 5, 1), "open"));
        await app.SendAsync(new DeleteActiepunt.Command(s.ProgrammaId, a.ActiepuntId, 1));

        var e = Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new DeleteActiepunt.Command(s.ProgrammaId, a.ActiepuntId, 1)));

        Assert.That(e!.Message, Is.EqualTo("Het actiepunt bestaat niet (meer)."));
    }
}
