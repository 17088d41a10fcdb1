using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>Adds a collaboration principle at the end of the list. Returns its id.</summary>
public static class AddBasisvoorwaarde
{
    [Logboek("AddBasisvoorwaarde", "Basisvoorwaarde toegevoegd")]
    public sealed record Command(long ProgrammaId, string Tekst) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => BasisvoorwaardeRules.Apply(this, c => c.Tekst);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public async Task<long> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            return await c.ExecuteScalarAsync<long?>(
                       """
                       INSERT INTO basisvoorwaarde (programma_id, tekst, volgorde)
                       SELECT p.id, @Tekst, COALESCE((SELECT MAX(b.volgorde) FROM basisvoorwaarde b WHERE b.programma_id = p.id), 0) + 1
                       FROM programma p WHERE p.id = @ProgrammaId
                       RETURNING id
                       """, cmd with { Tekst = cmd.Tekst.Trim() })
                   ?? throw ProgrammaScope.ProgrammaNotFound();
        }
    }
}
