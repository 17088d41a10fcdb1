using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Hoofdstukken;

/// <summary>
/// Saves one written chapter whole: its prose, its fields and the rows of its table (replaced in the given order; a row
/// with no filled cell is left out). Version 0 saves a chapter for the first time.
/// </summary>
public static class SaveHoofdstuk
{
    /// <summary>Returns the chapter's new version.</summary>
    [Logboek("SaveHoofdstuk", "Hoofdstuk opgeslagen")]
    public sealed record Command(long ProgrammaId, string Soort, int Version, string Tekst, IReadOnlyList<Veld> Velden, IReadOnlyList<Row> Rows)
        : ICommand<int>, IProgrammaScoped;

    public sealed record Veld(string Naam, string Waarde);

    public sealed record Row(IReadOnlyList<Veld> Cellen);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Soort).Must(s => Hoofdstuksoort.Van(s) is { Vast: false })
                .WithMessage("Dit hoofdstuk bestaat niet of wordt uit de gegevens van het plan gemaakt.");
            RuleFor(c => c.Tekst).MaxTekens(Tekstgrenzen.LangeTekst, "De tekst");
            RuleFor(c => c.Velden).NotNull().WithMessage("Geef de velden op (de lijst mag leeg zijn).");
            RuleForEach(c => c.Velden).NotNull().Custom((v, ctx) =>
            {
                if (v is null) return;
                var soort = Hoofdstuksoort.Van(ctx.InstanceToValidate.Soort);
                var def = soort?.Velden.FirstOrDefault(x => x.Naam == v.Naam);
                if (def is null) ctx.AddFailure(nameof(Veld.Naam), "Dit hoofdstuk heeft geen veld met deze naam.");
                if ((v.Waarde ?? "").Length > Tekstgrenzen.Tekst)
                    ctx.AddFailure(nameof(Veld.Waarde), Tekstgrenzen.TeLang(def?.Label ?? "De waarde", Tekstgrenzen.Tekst));
            });
            RuleFor(c => c.Rows).NotNull().WithMessage("Geef de rijen op (de lijst mag leeg zijn).");
            RuleForEach(c => c.Rows).NotNull().Custom((r, ctx) =>
            {
                if (r is null) return;
                if (r.Cellen is null) { ctx.AddFailure(nameof(Row.Cellen), "Geef de cellen van de rij op."); return; }
                var soort = Hoofdstuksoort.Van(ctx.InstanceToValidate.Soort);
                // A row says something only with its first column (the risico, what is reported).
                if (soort?.Kolommen.FirstOrDefault() is { } eerste && r.Cellen.Any(v => !string.IsNullOrWhiteSpace(v?.Waarde))
                    && string.IsNullOrWhiteSpace(r.Cellen.FirstOrDefault(v => v?.Naam == eerste.Naam)?.Waarde))
                    ctx.AddFailure(nameof(Row.Cellen), $"Vul in deze rij ook '{eerste.Label}' in, of maak de rij leeg.");
                for (var i = 0; i < r.Cellen.Count; i++)
                {
                    var cel = r.Cellen[i];
                    var pad = $"{nameof(Row.Cellen)}[{i}]"; // AddFailure puts the row's own path before it
                    if (cel is null) continue;
                    var kolom = soort?.Kolommen.FirstOrDefault(k => k.Naam == cel.Naam);
                    if (kolom is null) ctx.AddFailure($"{pad}.{nameof(Veld.Naam)}", "Deze tabel heeft geen kolom met deze naam.");
                    if ((cel.Waarde ?? "").Length > Tekstgrenzen.KorteTekst)
                        ctx.AddFailure($"{pad}.{nameof(Veld.Waarde)}", Tekstgrenzen.TeLang(kolom?.Label ?? "De cel", Tekstgrenzen.KorteTekst));
                    else if (kolom?.Keuzes is { } keuzes && (cel.Waarde ?? "").Length > 0 && !keuzes.Contains(cel.Waarde))
                        ctx.AddFailure($"{pad}.{nameof(Veld.Waarde)}", $"Kies bij {kolom.Label.ToLowerInvariant()}: {string.Join(", ", keuzes)}.");
                }
            });
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProgrammaBestaat.EisAsync(c, cmd.ProgrammaId, tx);
            var p = new { cmd.ProgrammaId, cmd.Soort, cmd.Version, Tekst = (cmd.Tekst ?? "").TrimEnd() };
            var rows = cmd.Version == 0
                ? await c.ExecuteAsync(
                    "INSERT INTO hoofdstuk (programma_id, soort, tekst) VALUES (@ProgrammaId, @Soort, @Tekst) ON CONFLICT DO NOTHING", p, tx)
                : await c.ExecuteAsync(
                    """
                    UPDATE hoofdstuk SET tekst = @Tekst, version = version + 1
                    WHERE programma_id = @ProgrammaId AND soort = @Soort AND version = @Version
                    """, p, tx);
            if (rows == 0)
                throw new ConflictException($"Het hoofdstuk '{Hoofdstuksoort.Van(cmd.Soort)!.Titel}' is intussen door iemand anders gewijzigd. "
                                            + "Laad het opnieuw en voer uw wijziging nogmaals in.");

            await c.ExecuteAsync("DELETE FROM hoofdstuk_veld WHERE programma_id = @ProgrammaId AND soort = @Soort", p, tx);
            await c.ExecuteAsync("DELETE FROM hoofdstuk_cel WHERE programma_id = @ProgrammaId AND soort = @Soort", p, tx);
            await WriteDelenAsync(c, tx, cmd.ProgrammaId, cmd.Soort, cmd.Velden.Select(v => (v.Naam, (string?)v.Waarde)),
                cmd.Rows.Select(r => r.Cellen.Select(v => (v.Naam, (string?)v.Waarde))));
            return cmd.Version + 1;
        }, ct);
    }

    /// <summary>
    /// Writes a chapter's fields and table rows (its hoofdstuk row exists): values trimmed, empty ones and empty rows left out, a
    /// name given twice taken once, rows numbered 1..n. Also the import's writer.
    /// </summary>
    internal static async Task WriteDelenAsync(DbConnection c, DbTransaction tx, long programmaId, string soort,
        IEnumerable<(string Naam, string? Waarde)> velden, IEnumerable<IEnumerable<(string Naam, string? Waarde)>> rows)
    {
        static List<(string Naam, string Waarde)> Gevuld(IEnumerable<(string Naam, string? Waarde)> waarden) =>
            waarden.Select(v => (v.Naam, Waarde: (v.Waarde ?? "").Trim())).Where(v => v.Waarde.Length > 0).DistinctBy(v => v.Naam).ToList();
        await c.ExecuteAsync(
            "INSERT INTO hoofdstuk_veld (programma_id, soort, veld, waarde) VALUES (@programmaId, @soort, @Naam, @Waarde)",
            Gevuld(velden).Select(v => new { programmaId, soort, v.Naam, v.Waarde }), tx);
        await c.ExecuteAsync(
            "INSERT INTO hoofdstuk_cel (programma_id, soort, rij, kolom, waarde) VALUES (@programmaId, @soort, @Rij, @Naam, @Waarde)",
            rows.Select(Gevuld).Where(r => r.Count > 0)
                .SelectMany((r, i) => r.Select(v => new { programmaId, soort, Rij = i + 1, v.Naam, v.Waarde })), tx);
    }
}
