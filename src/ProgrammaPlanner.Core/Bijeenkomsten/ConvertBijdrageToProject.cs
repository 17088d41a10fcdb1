using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// One action on the wall: creates the project from a bijdrage and links the bijdrage to it, in one transaction: both happen or
/// neither. The same rules and field messages apply as to CreateProject. Returns the new id and the bijdrage's new version.
/// </summary>
public static class ConvertBijdrageToProject
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ConvertBijdrageToProject", "Bijdrage omgezet in project")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, CreateProject.Command Project)
        : ICommand<BijdrageOmgezet>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Project.ProgrammaId).Equal(x => x.ProgrammaId)
                .WithMessage("Het nieuwe element moet bij hetzelfde programma horen als de bijdrage.");
            this.IncludeNested(x => x.Project, new CreateProject.Validator());
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, BijdrageOmgezet>
    {
        public Task<BijdrageOmgezet> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            // Check the bijdrage before creating anything, so a stale or unknown bijdrage gets its own message.
            await BijdrageRules.CheckConvertibleAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version);
            // CreateProject needs Bewerken; this command already passed the stricter Faciliteren, and its validator ran CreateProject's.
            var id = await CreateProject.InsertAsync(c, tx, cmd.Project);
            var version = await BijdrageRules.LinkAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, null, ElementSoort.Project, id);
            return new BijdrageOmgezet(id, version);
        }, ct);
    }
}
