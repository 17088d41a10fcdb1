using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>A beheerder creates a programma and becomes its first facilitator (who then invites the others).</summary>
public static class CreateProgramma
{
    [Vereist(Recht.Beheerder)]
    [Logboek("CreateProgramma", "Programma aangemaakt")]
    public sealed record Command(
        string Naam, string Motto, string Gebied, int Startjaar, int Eindjaar, string Fase,
        string Aanleiding, string Ambitie) : ICommand<Result>;

    public sealed record Result(long ProgrammaId) : IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            ProgrammaRules.Apply(this, c => c.Naam, c => c.Startjaar, c => c.Eindjaar, c => c.Fase);
            ProgrammaRules.ApplyTeksten(this, c => c.Motto, c => c.Gebied, c => c.Aanleiding, c => c.Ambitie);
        }
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            try
            {
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO programma (naam, motto, gebied, startjaar, eindjaar, fase, aanleiding, ambitie)
                    VALUES (@Naam, @Motto, @Gebied, @Startjaar, @Eindjaar, @Fase, @Aanleiding, @Ambitie)
                    RETURNING id
                    """, cmd with { Naam = cmd.Naam.Trim() }, tx);
                await Lidmaatschappen.MaakFacilitatorAsync(c, tx, user, id);
                await tx.CommitAsync(ct);
                return new Result(id);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), $"Er bestaat al een programma met de naam '{cmd.Naam.Trim()}'.");
            }
        }
    }
}
