using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// One action on the wall: creates het project from a bijdrage (through the ordinary CreateProject command, so the same rules
/// and field messages apply) and links the bijdrage to it. Returns the new id and the bijdrage's new version.
/// </summary>
public static class ConvertBijdrageToProject
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ConvertBijdrageToProject", "Bijdrage omgezet in project")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, CreateProject.Command Project) : ICommand<BijdrageOmgezet>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Project.ProgrammaId).Equal(x => x.ProgrammaId)
            .WithMessage("Het nieuwe element moet bij hetzelfde programma horen als de bijdrage.");
    }

    public sealed class Handler(Db db, IMediator mediator) : IRequestHandler<Command, BijdrageOmgezet>
    {
        public async Task<BijdrageOmgezet> Handle(Command cmd, CancellationToken ct)
        {
            // Check the bijdrage before creating anything, so a stale or unknown bijdrage creates nothing.
            await BijdrageRules.CheckConvertibleAsync(db, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version, ct);
            var id = await mediator.Send(cmd.Project, ct);
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            var version = await BijdrageRules.LinkAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, null, ElementSoort.Project, id);
            await tx.CommitAsync(ct);
            return new BijdrageOmgezet(id, version);
        }
    }
}
