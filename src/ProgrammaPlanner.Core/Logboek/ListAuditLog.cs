using System.Globalization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Logboek;

/// <summary>
/// One page of the programma's audit log, newest first, optionally filtered by a date range (days in Dutch
/// local time, both inclusive) and a user; with the total count for paging and the users that appear in the log.
/// </summary>
public static class ListAuditLog
{
    public const int MaxPageSize = 200;

    /// <param name="Page">1-based.</param>
    public sealed record Query(long ProgrammaId, DateOnly? Van, DateOnly? Tot, string? Gebruiker, int Page, int PageSize)
        : IRequest<Result>, IProgrammaScoped;

    public sealed record Result
    {
        public IReadOnlyList<Row> Rows { get; init; } = [];
        /// <summary>How many rows match the filter (all pages).</summary>
        public int Totaal { get; init; }
        /// <summary>Every user in this programma's log (not only the filtered rows), alphabetically: the choices for the filter.</summary>
        public IReadOnlyList<string> Gebruikers { get; init; } = [];
    }

    public sealed record Row
    {
        public long Id { get; init; }
        /// <summary>UTC.</summary>
        public DateTimeOffset Tijdstip { get; init; }
        public string Gebruiker { get; init; } = "";
        /// <summary>The command's stored name, e.g. "CreateProject" (see <see cref="LogboekAttribute"/>).</summary>
        public string Opdracht { get; init; } = "";
        /// <summary>What the logboek shows for it, e.g. "Project aangemaakt".</summary>
        public string Label => LogboekAttribute.LabelVan(Opdracht);
        /// <summary>The command as JSON.</summary>
        public string Samenvatting { get; init; } = "";
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Het paginanummer begint bij 1.");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize)
                .WithMessage($"Toon tussen 1 en {MaxPageSize} regels per pagina.");
            RuleFor(q => q.Tot).Must((q, tot) => q.Van is null || tot is null || q.Van <= tot)
                .WithMessage("De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            // tijdstip is stored as "yyyy-MM-ddTHH:mm:ss.fffZ" (UTC), so text comparison is time order.
            var p = new
            {
                query.ProgrammaId,
                Van = query.Van is { } van ? Utc(van) : null,
                Tot = query.Tot is { } tot ? Utc(tot.AddDays(1)) : null,
                Gebruiker = string.IsNullOrWhiteSpace(query.Gebruiker) ? null : query.Gebruiker,
                Overslaan = (query.Page - 1) * query.PageSize,
                query.PageSize,
            };
            const string filter = """
                programma_id = @ProgrammaId
                AND (@Van IS NULL OR tijdstip >= @Van)
                AND (@Tot IS NULL OR tijdstip < @Tot)
                AND (@Gebruiker IS NULL OR gebruiker = @Gebruiker)
                """;

            await using var c = await db.OpenAsync(ct);
            await using var grid = await c.QueryMultipleAsync(
                $"""
                SELECT id, tijdstip, gebruiker, opdracht, samenvatting FROM audit WHERE {filter}
                ORDER BY tijdstip DESC, id DESC LIMIT @PageSize OFFSET @Overslaan;
                SELECT COUNT(*) FROM audit WHERE {filter};
                SELECT DISTINCT gebruiker FROM audit WHERE programma_id = @ProgrammaId ORDER BY gebruiker;
                """, p);
            var rijen = (await grid.ReadAsync<RawRow>()).Select(r => new Row
            {
                Id = r.Id,
                Tijdstip = DateTimeOffset.Parse(r.Tijdstip, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                Gebruiker = r.Gebruiker,
                Opdracht = r.Opdracht,
                Samenvatting = r.Samenvatting,
            }).ToList();
            var totaal = await grid.ReadSingleAsync<long>();
            var gebruikers = (await grid.ReadAsync<string>()).ToList();
            return new Result { Rows = rijen, Totaal = (int)totaal, Gebruikers = gebruikers };
        }

        /// <summary>Start of a Dutch calendar day as the stored UTC text.</summary>
        private static string Utc(DateOnly dag)
        {
            var lokaal = dag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return TimeZoneInfo.ConvertTimeToUtc(lokaal, Tijd.Nederland).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        }
    }

    private sealed record RawRow
    {
        public long Id { get; init; }
        public string Tijdstip { get; init; } = "";
        public string Gebruiker { get; init; } = "";
        public string Opdracht { get; init; } = "";
        public string Samenvatting { get; init; } = "";
    }
}
