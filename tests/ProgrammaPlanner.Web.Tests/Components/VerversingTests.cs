using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using ProgrammaPlanner.Web.Components.Shared;

namespace ProgrammaPlanner.Web.Tests.Components;

/// <summary>
/// A live page (a wall, the programme header) follows a stream of changes with at most one reload per rest, and its last
/// reload sees the last change.
/// </summary>
public class VerversingTests
{
    [Test]
    public async Task AChangeEvery25Ms_ForOneSecond_ReloadsAtOnce_ThenOncePerRest_AndTheLastReloadSeesEveryChange()
    {
        var dispatcher = Dispatcher.CreateDefault(); // a page's: one thing at a time, as on a circuit
        var klok = Stopwatch.StartNew();
        var wijzigingen = 0;
        var herladen = new List<(long Ms, int Gezien)>();
        var verversing = new Verversing(() =>
        {
            herladen.Add((klok.ElapsedMilliseconds, wijzigingen));
            return Task.CompletedTask;
        });

        var lopend = new List<Task>();
        for (var i = 0; i < 40; i++)
        {
            lopend.Add(dispatcher.InvokeAsync(() =>
            {
                wijzigingen++;
                return verversing.OnChangedAsync();
            }));
            await Task.Delay(25);
        }
        await Task.WhenAll(lopend);

        Assert.That(herladen[0].Gezien, Is.EqualTo(1), "the first change reloads at once");
        Assert.That(herladen.Count, Is.InRange(2, 2 + (int)(klok.ElapsedMilliseconds / Verversing.Rust.TotalMilliseconds)),
            string.Join(", ", herladen));
        Assert.That(herladen.Zip(herladen.Skip(1), (a, b) => b.Ms - a.Ms), Has.All.GreaterThanOrEqualTo(480), "one reload per rest");
        Assert.That(herladen[^1].Gezien, Is.EqualTo(40), "the last change is shown");
    }
}
