using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// Keeps a bijdrage off the public "wat is er met uw inbreng gedaan" page, with the reason (e.g. it names a person). Members still
/// see it, marked; the public page only counts it. Returns the new version.
/// </summary>
public static class HideBijdrage
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("HideBijdrage", "Bijdrage verborgen op de openbare pagina")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, string Reden) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Reden).Must(r => !string.IsNullOrWhiteSpace(r))
                .WithMessage("Geef de reden waarom deze bijdrage niet openbaar getoond wordt, bijvoorbeeld: noemt een persoon.")
                .MaxTekens(Tekstgrenzen.KorteTekst, "De reden");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(
            (c, tx) => SetAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version, cmd.Reden.Trim()), ct);
    }

    /// <summary>Sets or (reden null) clears the hidden mark; shared with <see cref="ShowBijdrage"/>.</summary>
    internal static async Task<int> SetAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx,
        long programmaId, long bijdrageId, int version, string? reden)
    {
        await BijdrageRules.FindAsync(c, programmaId, bijdrageId, tx);
        var rows = await c.ExecuteAsync(
            "UPDATE bijdrage SET verborgen_reden = @reden, version = version + 1 " +
            "WHERE id = @bijdrageId AND programma_id = @programmaId AND version = @version",
            new { reden, bijdrageId, programmaId, version }, tx);
        if (rows == 0) throw await Concurrency.ExplainAsync(c, "bijdrage", bijdrageId, programmaId, "De bijdrage", tx);
        return version + 1;
    }
}
