using System.Data.Common;
using Npgsql;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// The SQL that differs between SQLite and PostgreSQL, in one place. Everything else is written once for both.
/// </summary>
public static class Dialect
{
    /// <summary>
    /// <c>column IN @list</c>: Dapper expands a list parameter into <c>(@list1, @list2, …)</c> for SQLite, but hands
    /// PostgreSQL one array, which needs <c>= ANY(@list)</c>.
    /// </summary>
    public static string InList(this DbConnection c, string column, string parameter) =>
        c is NpgsqlConnection ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    /// <summary><c>column NOT IN @list</c>, as <see cref="InList"/>.</summary>
    public static string NotInList(this DbConnection c, string column, string parameter) =>
        c is NpgsqlConnection ? $"{column} <> ALL({parameter})" : $"{column} NOT IN {parameter}";
}
