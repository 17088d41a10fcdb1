using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Wijken;

/// <summary>Adds a wijk (neighbourhood) to break doelstellingen and realisaties down by. Returns its id.</summary>
public static class AddWijk
{
    [Logboek("AddWijk", "Wijk toegevoegd")]
    public sealed record Command(long ProgrammaId, string Naam) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => WijkRules.Apply(this, c => c.Naam);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public async Task<long> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            try
            {
                return await c.ExecuteScalarAsync<long?>(
                           "INSERT INTO wijk (programma_id, naam) SELECT id, @Naam FROM programma WHERE id = @ProgrammaId RETURNING id",
                           cmd with { Naam = cmd.Naam.Trim() })
                       ?? throw ProgrammaScope.ProgrammaNotFound();
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), WijkRules.DubbeleNaam(cmd.Naam));
            }
        }
    }
}
