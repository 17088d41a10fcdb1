using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>Changes the text of a basisvoorwaarde. Returns its new version.</summary>
public static class UpdateBasisvoorwaarde
{
    [Logboek("UpdateBasisvoorwaarde", "Basisvoorwaarde gewijzigd")]
    public sealed record Command(long ProgrammaId, long BasisvoorwaardeId, int Version, string Tekst) : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => BasisvoorwaardeRules.Apply(this, c => c.Tekst);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var rows = await c.ExecuteAsync(
                """
                UPDATE basisvoorwaarde SET tekst = @Tekst, version = version + 1
                WHERE id = @BasisvoorwaardeId AND programma_id = @ProgrammaId AND version = @Version
                """, cmd with { Tekst = cmd.Tekst.Trim() });
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "basisvoorwaarde", cmd.BasisvoorwaardeId, cmd.ProgrammaId, "De basisvoorwaarde");
            return cmd.Version + 1;
        }
    }
}
