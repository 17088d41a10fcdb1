using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>Bad input: field name → Dutch messages. Nothing was changed.</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>All failures of a FluentValidation run, grouped per field.</summary>
    public static ValidationException From(IEnumerable<FluentValidation.Results.ValidationFailure> failures) =>
        new(failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()));
}

/// <summary>Someone else saved the item since it was read (optimistic concurrency). Nothing was overwritten.</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The item does not exist (any more) in this programma.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>Not signed in, or the session was ended: sign in (again). Nothing was read or changed.</summary>
public sealed class NietAangemeldException() : Exception("U bent niet (meer) aangemeld. Meld u opnieuw aan.");

/// <summary>The caller's membership or role does not allow this request. Nothing was read or changed.</summary>
public sealed class GeenToegangException(string message) : Exception(message);

/// <summary>The action is refused for a reason the user can act on, e.g. a delete while others depend on it.</summary>
public sealed class RefusedException(string message) : Exception(message);

public static class Concurrency
{
    /// <summary>
    /// After a versioned UPDATE/DELETE that touched no row: tells "gone (from this programma)" from "changed by
    /// someone else". A row of another programma reads as not found, so its existence is not revealed.
    /// <paramref name="table"/> is one of the <see cref="Tables"/> constants, never user input.
    /// </summary>
    public static async Task<Exception> ExplainAsync(DbConnection c, string table, long id, long programmaId, string wat, DbTransaction? tx = null)
    {
        var exists = await c.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM {table} WHERE id = @id AND {Tables.ProgrammaCondition(table)}", new { id, programmaId }, tx) > 0;
        return exists
            ? new ConflictException($"{wat} is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw en voer uw wijziging nogmaals in.")
            : new NotFoundException($"{wat} bestaat niet (meer).");
    }
}
