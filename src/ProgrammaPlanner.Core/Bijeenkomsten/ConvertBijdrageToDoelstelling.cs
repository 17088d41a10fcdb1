using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// One action on the wall: creates the doelstelling from a bijdrage and links the bijdrage to it, in one transaction: both happen or
/// neither. The same rules and field messages apply as to CreateDoelstelling. Returns the new id and the bijdrage's new version.
/// </summary>
public static class ConvertBijdrageToDoelstelling
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ConvertBijdrageToDoelstelling", "Bijdrage omgezet in doelstelling")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, CreateDoelstelling.Command Doelstelling)
        : ICommand<BijdrageOmgezet>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Doelstelling.ProgrammaId).Equal(x => x.ProgrammaId)
                .WithMessage("Het nieuwe element moet bij hetzelfde programma horen als de bijdrage.");
            this.IncludeNested(x => x.Doelstelling, new CreateDoelstelling.Validator());
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, BijdrageOmgezet>
    {
        public Task<BijdrageOmgezet> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            // Check the bijdrage before creating anything, so a stale or unknown bijdrage gets its own message.
            await BijdrageRules.CheckConvertibleAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version);
            // CreateDoelstelling needs Bewerken; this command already passed the stricter Faciliteren, and its validator ran CreateDoelstelling's.
            var id = await CreateDoelstelling.InsertAsync(c, tx, cmd.Doelstelling);
            var version = await BijdrageRules.LinkAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, null, ElementSoort.Doelstelling, id);
            return new BijdrageOmgezet(id, version);
        }, ct);
    }
}
