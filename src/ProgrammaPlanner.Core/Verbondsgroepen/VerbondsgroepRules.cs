using System.Data.Common;
using System.Linq.Expressions;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verbondsgroepen;

/// <summary>The rules for a Verbondsgroep's own fields, shared by <see cref="CreateVerbondsgroep"/> and <see cref="UpdateVerbondsgroep"/>.</summary>
public static class VerbondsgroepRules
{
    public const string Wat = "De Verbondsgroep";

    public static void Apply<T>(AbstractValidator<T> v, Expression<Func<T, string>> naam) =>
        v.RuleFor(naam).NotEmpty().WithMessage("Geef de Verbondsgroep een naam.")
            .MaxTekens(Tekstgrenzen.Naam, "De naam");

    public static string DubbeleNaam(string naam) =>
        $"Er is in dit programma al een Verbondsgroep met de naam '{naam.Trim()}'. Kies een andere naam.";

    /// <summary>A wijk is optional; when given it must be one of this programma's wijken (another programma's id reads as unknown).</summary>
    public static async Task CheckWijkAsync(DbConnection c, DbTransaction tx, long programmaId, long? wijkId, string veld)
    {
        if (wijkId is null) return;
        var bestaat = await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM wijk WHERE id = @wijkId AND programma_id = @programmaId", new { wijkId, programmaId }, tx) > 0;
        if (!bestaat) throw ValidationException.For(veld, "Deze wijk bestaat niet (meer) in dit programma. Kies een andere wijk.");
    }

    /// <summary>Throws NotFound unless the group is one of this programma's.</summary>
    public static async Task EisGroepAsync(DbConnection c, DbTransaction? tx, long programmaId, long groepId)
    {
        var bestaat = await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM verbondsgroep WHERE id = @groepId AND programma_id = @programmaId", new { groepId, programmaId }, tx) > 0;
        if (!bestaat) throw new NotFoundException($"{Wat} bestaat niet (meer).");
    }
}
