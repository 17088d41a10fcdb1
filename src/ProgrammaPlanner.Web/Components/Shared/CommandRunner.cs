using MediatR;
using MudBlazor;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Web.Components.Shared;

/// <summary>
/// Sends a command from a page and turns every refusal into something the user can act on: field messages
/// (via <see cref="ServerValidation"/>), a conflict dialog that offers to reload, a refused action's reason.
/// Pages call this instead of IMediator for commands; nothing is overwritten silently, nothing throws at the user.
/// </summary>
public sealed class CommandRunner(IMediator mediator, ISnackbar snackbar, IDialogService dialogs, ILogger<CommandRunner> logger)
{
    public sealed record Outcome<T>(bool Ok, T? Result);

    public async Task<Outcome<T>> SendAsync<T>(ICommand<T> command, ServerValidation? validation = null,
        string? succes = null, Func<Task>? reload = null)
    {
        if (UnreadableInput.Any(validation?.Context))
        {
            snackbar.Add("Niet opgeslagen: verbeter eerst de rood gemarkeerde velden.", Severity.Error);
            return new(false, default);
        }
        try
        {
            var result = await mediator.Send(command);
            if (succes is not null) snackbar.Add(succes, Severity.Success);
            return new(true, result);
        }
        catch (ValidationException e)
        {
            var elsewhere = validation?.Show(e) ?? e.Errors.SelectMany(x => x.Value).ToList();
            snackbar.Add(elsewhere.Count > 0 ? string.Join(" ", elsewhere) : "Niet opgeslagen: controleer de gemarkeerde velden.", Severity.Error);
        }
        catch (ConflictException e)
        {
            var again = await dialogs.ShowMessageBoxAsync("Intussen gewijzigd", e.Message, yesText: "Opnieuw laden",
                cancelText: "Mijn wijzigingen houden");
            if (again == true && reload is not null) await reload();
        }
        catch (Exception e) when (e is RefusedException or NotFoundException or GeenToegangException)
        {
            snackbar.Add(e.Message, Severity.Warning);
        }
        catch (Exception e) when (e is not (OperationCanceledException or NietAangemeldException)) // signed out elsewhere: the page's PageErrorBoundary says so
        {
            logger.LogError(e, "Opdracht {Command} mislukt", command.GetType().FullName);
            snackbar.Add("Er ging iets mis; er is niets opgeslagen. Probeer het opnieuw.", Severity.Error);
        }
        return new(false, default);
    }
}
