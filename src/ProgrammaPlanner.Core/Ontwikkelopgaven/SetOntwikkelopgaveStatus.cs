using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>
/// Moves an inquiry to another status, with its own logboek line. 'beantwoord' and 'geagendeerd bij de gemeente' need
/// saved bevindingen and an aanbeveling: the gemeente gets an answer, not an empty page. Returns the new version.
/// </summary>
public static class SetOntwikkelopgaveStatus
{
    [Logboek("SetOntwikkelopgaveStatus", "Status van ontwikkelopgave gewijzigd")]
    public sealed record Command(long ProgrammaId, long OntwikkelopgaveId, int Version, string Status) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Status).Must(s => OntwikkelopgaveStatus.Alle.Contains(s))
            .WithMessage($"Kies een status: {string.Join(", ", OntwikkelopgaveStatus.Alle)}.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Ontwikkelopgave, cmd.OntwikkelopgaveId, cmd.ProgrammaId, cmd.Version,
                OntwikkelopgaveRules.Wat);
            if (OntwikkelopgaveStatus.VraagtUitkomst(cmd.Status))
            {
                var uitkomst = await c.QuerySingleAsync<(string Bevindingen, string Aanbeveling)>(
                    "SELECT bevindingen, aanbeveling FROM ontwikkelopgave WHERE id = @OntwikkelopgaveId", cmd, tx);
                if (string.IsNullOrWhiteSpace(uitkomst.Bevindingen) || string.IsNullOrWhiteSpace(uitkomst.Aanbeveling))
                    throw ValidationException.For(nameof(Command.Status), OntwikkelopgaveRules.UitkomstNodig(cmd.Status));
            }
            await c.ExecuteAsync("UPDATE ontwikkelopgave SET status = @Status WHERE id = @OntwikkelopgaveId", cmd, tx);
            return version;
        }, ct);
    }
}
