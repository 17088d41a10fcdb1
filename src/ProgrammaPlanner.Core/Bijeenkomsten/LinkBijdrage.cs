using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Links a bijdrage to an existing speerpunt, doelstelling or project: "komt voort uit". Returns the bijdrage's new version.</summary>
public static class LinkBijdrage
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("LinkBijdrage", "Bijdrage gekoppeld")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, string ElementSoort, long ElementId) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.ElementSoort).Must(s => Bijeenkomsten.ElementSoort.Alle.Contains(s))
            .WithMessage($"Kies waaraan u de bijdrage koppelt: {Bijeenkomsten.ElementSoort.Keuzetekst}.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) =>
            db.InTransactionAsync((c, tx) => BijdrageRules.LinkAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version, cmd.ElementSoort, cmd.ElementId), ct);
    }
}
