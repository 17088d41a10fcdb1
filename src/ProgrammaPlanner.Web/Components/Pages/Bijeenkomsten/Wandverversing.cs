namespace ProgrammaPlanner.Web.Components.Pages.Bijeenkomsten;

/// <summary>
/// How a live wall (the facilitator's and the beamer) follows a room full of phones: a change reloads at once; changes
/// that arrive during a reload are gathered into one more, started no sooner than <see cref="Rust"/> after the last one.
/// Fifty bijdragen a second then cost two reloads a second instead of reloads back to back that take the CPU the phones
/// need, and the last change still shows within a second. Runs on the page's dispatcher: no locks needed.
/// </summary>
public sealed class Wandverversing(Func<Task> herlaad)
{
    public static readonly TimeSpan Rust = TimeSpan.FromMilliseconds(500);
    private bool _bezig, _nogmaals;

    public async Task OnChangedAsync()
    {
        if (_bezig) { _nogmaals = true; return; }
        _bezig = true;
        try
        {
            await herlaad();
            while (_nogmaals)
            {
                await Task.Delay(Rust);
                _nogmaals = false;
                await herlaad();
            }
        }
        finally { _bezig = false; }
    }
}
