using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Ontwikkelopgaven;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// One action on the wall: makes an ontwikkelopgave of a bijdrage (its question is what was said) and links the bijdrage
/// to it, in one transaction: both happen or neither. The same rules and field messages apply as to CreateOntwikkelopgave.
/// </summary>
public static class ConvertBijdrageToOntwikkelopgave
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ConvertBijdrageToOntwikkelopgave", "Bijdrage omgezet in ontwikkelopgave")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, CreateOntwikkelopgave.Command Ontwikkelopgave)
        : ICommand<BijdrageOmgezet>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Ontwikkelopgave.ProgrammaId).Equal(x => x.ProgrammaId)
                .WithMessage("Het nieuwe element moet bij hetzelfde programma horen als de bijdrage.");
            this.IncludeNested(x => x.Ontwikkelopgave, new CreateOntwikkelopgave.Validator());
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, BijdrageOmgezet>
    {
        public Task<BijdrageOmgezet> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            // Check the bijdrage before creating anything, so a stale or unknown bijdrage gets its own message.
            await BijdrageRules.CheckConvertibleAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version);
            var id = await CreateOntwikkelopgave.InsertAsync(c, tx, cmd.Ontwikkelopgave);
            var version = await BijdrageRules.LinkAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, null, ElementSoort.Ontwikkelopgave, id);
            return new BijdrageOmgezet(id, version);
        }, ct);
    }
}
