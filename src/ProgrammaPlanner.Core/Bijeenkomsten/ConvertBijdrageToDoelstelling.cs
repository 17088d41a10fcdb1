using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// One action on the wall: creates de doelstelling from a bijdrage (through the ordinary CreateDoelstelling command, so the same rules
/// and field messages apply) and links the bijdrage to it. Returns the new id and the bijdrage's new version.
/// </summary>
public static class ConvertBijdrageToDoelstelling
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ConvertBijdrageToDoelstelling", "Bijdrage omgezet in doelstelling")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, CreateDoelstelling.Command Doelstelling) : ICommand<BijdrageOmgezet>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Doelstelling.ProgrammaId).Equal(x => x.ProgrammaId)
            .WithMessage("Het nieuwe element moet bij hetzelfde programma horen als de bijdrage.");
    }

    public sealed class Handler(Db db, IMediator mediator) : IRequestHandler<Command, BijdrageOmgezet>
    {
        public async Task<BijdrageOmgezet> Handle(Command cmd, CancellationToken ct)
        {
            // Check the bijdrage before creating anything, so a stale or unknown bijdrage creates nothing.
            await BijdrageRules.CheckConvertibleAsync(db, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version, ct);
            var id = await mediator.Send(cmd.Doelstelling, ct);
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            var version = await BijdrageRules.LinkAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, null, ElementSoort.Doelstelling, id);
            await tx.CommitAsync(ct);
            return new BijdrageOmgezet(id, version);
        }
    }
}
