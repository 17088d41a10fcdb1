using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Web;

/// <summary>Runs the core's <see cref="ProgrammaChangesListener"/> for as long as the app runs (on SQLite it ends at once).</summary>
public sealed class ProgrammaChangesListenerService(ProgrammaChangesListener listener) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => listener.RunAsync(stoppingToken);
}
