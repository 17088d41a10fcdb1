using System.Diagnostics;

namespace ProgrammaPlanner.Web.Components.Shared;

/// <summary>
/// How a live page (the facilitator's wall, the beamer, and every programme page through ProgrammaNav) follows a room
/// full of phones: at most one reload per <see cref="Rust"/>. A change after a quiet spell reloads at once; changes that
/// follow within the rest are gathered into one reload when it is over. Fifty bijdragen a second then cost two reloads a second instead of fifty, each
/// rendered and sent to the browser (which took the CPU the phones need, and left the browser behind); the last change
/// still shows within a second. Runs on the page's dispatcher: no locks needed.
/// </summary>
public sealed class Verversing(Func<Task> herlaad)
{
    public static readonly TimeSpan Rust = TimeSpan.FromMilliseconds(500);
    private bool _bezig, _nogmaals;
    private long? _vorige;

    public async Task OnChangedAsync()
    {
        if (_bezig) { _nogmaals = true; return; }
        _bezig = true;
        try
        {
            do
            {
                if (_vorige is { } vorige && Rust - Stopwatch.GetElapsedTime(vorige) is { Ticks: > 0 } wacht) await Task.Delay(wacht);
                _nogmaals = false; // what arrived until now is in this reload
                _vorige = Stopwatch.GetTimestamp();
                await herlaad();
            } while (_nogmaals);
        }
        finally { _bezig = false; }
    }
}
