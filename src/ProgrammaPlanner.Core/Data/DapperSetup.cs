using System.Data;
using System.Globalization;
using Dapper;

namespace ProgrammaPlanner.Core.Data;

/// <summary>
/// Dapper settings registered once: snake_case columns; a decimal as invariant text in SQLite's own format (exact, and
/// the same text in both databases), a DateOnly as invariant text (yyyy-MM-dd) and a bool as the integer 0 or 1, which is
/// how both databases store them. The handlers give a null parameter its type as well:
/// PostgreSQL cannot tell the type of an untyped <c>@x IS NULL</c>.
/// </summary>
public static class DapperSetup
{
    private static int _registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Dapper only asks a handler for a type it has no built-in mapping of its own for.
        foreach (var type in new[] { typeof(decimal), typeof(decimal?), typeof(DateOnly), typeof(DateOnly?), typeof(bool), typeof(bool?) })
            SqlMapper.RemoveTypeMap(type);
        SqlMapper.AddTypeHandler(typeof(decimal), new DecimalHandler());
        SqlMapper.AddTypeHandler(typeof(DateOnly), new DateOnlyHandler()); // also serves DateOnly?
        SqlMapper.AddTypeHandler(typeof(bool), new BoolHandler());
    }

    private sealed class DecimalHandler : SqlMapper.ITypeHandler
    {
        // The format Microsoft.Data.Sqlite writes a decimal in: 12500.10m is "12500.1", 2500m is "2500.0".
        private const string Formaat = "0.0###########################";

        public void SetValue(IDbDataParameter parameter, object value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value is decimal d ? d.ToString(Formaat, CultureInfo.InvariantCulture) : DBNull.Value;
        }

        // Text from a column; a number from an aggregate (SQLite's SUM, PostgreSQL's numeric).
        public object Parse(Type destinationType, object value) => value switch
        {
            string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
            DBNull => Nullable.GetUnderlyingType(destinationType) is null ? 0m : null!, // NULL read as decimal?, or SUM over no rows
            _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        };
    }

    private sealed class DateOnlyHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        }

        public object Parse(Type destinationType, object value) =>
            DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private sealed class BoolHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            parameter.DbType = DbType.Int64;
            parameter.Value = value is bool b ? (b ? 1L : 0L) : DBNull.Value;
        }

        public object Parse(Type destinationType, object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0;
    }
}
