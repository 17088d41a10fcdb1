using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Removes a link between a bijdrage and what it became (a mistake on the wall). Returns the bijdrage's new version.</summary>
public static class UnlinkBijdrage
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("UnlinkBijdrage", "Koppeling van bijdrage verwijderd")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, string ElementSoort, long ElementId) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.ElementSoort).Must(s => Bijeenkomsten.ElementSoort.Alle.Contains(s))
            .WithMessage($"Kies wat u ontkoppelt: {Bijeenkomsten.ElementSoort.Keuzetekst}.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Bijdrage, cmd.BijdrageId, cmd.ProgrammaId, cmd.Version, "De bijdrage");
            var (link, kolom, _) = ElementSoort.Tabellen(cmd.ElementSoort);
            await c.ExecuteAsync($"DELETE FROM {link} WHERE bijdrage_id = @BijdrageId AND {kolom} = @ElementId", cmd, tx);
            return version;
        }, ct);
    }
}
