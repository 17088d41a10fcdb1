using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Speerpunten;

/// <summary>Changes a speerpunt's naam and problem analysis. Returns its new version.</summary>
public static class UpdateSpeerpunt
{
    [Logboek("UpdateSpeerpunt", "Speerpunt gewijzigd")]
    public sealed record Command(long ProgrammaId, long SpeerpuntId, int Version, string Naam, string Analyse)
        : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => SpeerpuntRules.Apply(this, c => c.Naam, c => c.Analyse);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            int rows;
            try
            {
                rows = await c.ExecuteAsync(
                    """
                    UPDATE speerpunt SET naam = @Naam, "analyse" = @Analyse, version = version + 1
                    WHERE id = @SpeerpuntId AND programma_id = @ProgrammaId AND version = @Version
                    """, cmd with { Naam = cmd.Naam.Trim(), Analyse = cmd.Analyse?.Trim() ?? "" });
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), SpeerpuntRules.DubbeleNaam(cmd.Naam));
            }
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "speerpunt", cmd.SpeerpuntId, cmd.ProgrammaId, "Het speerpunt");
            return cmd.Version + 1;
        }
    }
}
