using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Verhalen;

namespace ProgrammaPlanner.Core.Maatwerk;

/// <summary>The fields of a casus as <see cref="RecordMaatwerkcasus"/> and <see cref="UpdateMaatwerkcasus"/> carry them.</summary>
public interface IMaatwerkcasus : IProgrammaScoped
{
    long VerbondsgroepId { get; }
    string Omschrijving { get; }
    decimal Bedrag { get; }
    string Regel { get; }
    string BeslotenDoor { get; }
    string TweedeBeslisser { get; }
    DateOnly? BeslotenOp { get; }
}

/// <summary>
/// The rules of maatwerk: what a casus must say, the ceiling above which a second person decides, and the budget the gemeente
/// granted a Verbondsgroep, which a casus may not exceed. Also who sees the amounts: a lezer only when the regeling allows it.
/// </summary>
public static class MaatwerkRules
{
    public static void Apply<T>(AbstractValidator<T> v) where T : IMaatwerkcasus
    {
        v.RuleFor(c => c.Omschrijving).NotEmpty().WithMessage("Beschrijf de situatie van de casus (zonder namen of andere herkenbare gegevens).")
            .MaxTekens(Tekstgrenzen.Tekst, "De omschrijving")
            .Must(t => Persoonskenmerken.Melding(t) is null).WithMessage(c => Persoonskenmerken.Melding(c.Omschrijving)!);
        v.RuleFor(c => c.Bedrag).Bedrag();
        v.RuleFor(c => c.Regel).MaxTekens(Tekstgrenzen.KorteTekst, "De regel")
            .Must(t => Persoonskenmerken.Melding(t) is null).WithMessage(c => Persoonskenmerken.Melding(c.Regel)!);
        v.RuleFor(c => c.Regel).NotEmpty().When(c => c.Bedrag == 0)
            .WithMessage("Zonder bedrag is de casus alleen regelruimte: noem de regel die opzij is gezet.");
        v.RuleFor(c => c.BeslotenDoor).NotEmpty().WithMessage("Noem wie over de casus heeft besloten.")
            .MaxTekens(Tekstgrenzen.Naam, "De naam");
        v.RuleFor(c => c.TweedeBeslisser).MaxTekens(Tekstgrenzen.Naam, "De naam")
            .Must((c, t) => !Zelfde(t, c.BeslotenDoor)).WithMessage("De tweede beslisser moet een ander zijn dan wie het besluit nam.");
        v.RuleFor(c => c.BeslotenOp).NotNull().WithMessage("Geef de datum van het besluit.");
    }

    public static bool Zelfde(string a, string b) =>
        a.Trim().Length > 0 && string.Equals(a.Trim(), b.Trim(), StringComparison.CurrentCultureIgnoreCase);

    /// <summary>
    /// The checks that need the database, in the command's transaction: the group is the programma's, the date lies in the
    /// programma's years and not ahead, the ceiling's second decider, and the group's budget (less what its other casussen spent).
    /// </summary>
    internal static async Task CheckAsync(DbConnection c, DbTransaction tx, IMaatwerkcasus cmd, long? casusId, DateOnly vandaag)
    {
        var groep = await c.QuerySingleOrDefaultAsync<GroepRow>(
            "SELECT naam, maatwerkbudget FROM verbondsgroep WHERE id = @VerbondsgroepId AND programma_id = @ProgrammaId",
            new { cmd.VerbondsgroepId, cmd.ProgrammaId }, tx);
        var errors = new Dictionary<string, string[]>();
        if (groep is null) errors[nameof(IMaatwerkcasus.VerbondsgroepId)] = ["Kies een Verbondsgroep van dit programma."];
        var (start, eind) = await c.QuerySingleAsync<(int, int)>("SELECT startjaar, eindjaar FROM programma WHERE id = @ProgrammaId", cmd, tx);
        if (cmd.BeslotenOp is { } op)
        {
            if (op > vandaag) errors[nameof(IMaatwerkcasus.BeslotenOp)] = ["Een besluit ligt niet in de toekomst: geef de datum waarop het is genomen."];
            else if (op.Year < start || op.Year > eind)
                errors[nameof(IMaatwerkcasus.BeslotenOp)] = [$"{op.Year} valt buiten de programmaperiode {start}–{eind}."];
        }
        var plafond = await c.QuerySingleOrDefaultAsync<decimal?>(
            "SELECT plafond_per_casus FROM maatwerkregeling WHERE programma_id = @ProgrammaId", cmd, tx);
        if (plafond is { } p && cmd.Bedrag > p && cmd.TweedeBeslisser.Trim().Length == 0)
            errors[nameof(IMaatwerkcasus.TweedeBeslisser)] = [$"Boven het plafond van {Opmaak.Bedrag(p)} per casus beslist een tweede persoon mee."];
        if (groep is not null && cmd.Bedrag > 0)
        {
            var anderen = (await c.QueryAsync<decimal>(
                "SELECT bedrag FROM maatwerkcasus WHERE verbondsgroep_id = @VerbondsgroepId AND id <> @casusId",
                new { cmd.VerbondsgroepId, casusId = casusId ?? 0 }, tx)).Sum();
            if (groep.Maatwerkbudget is not { } budget)
                errors[nameof(IMaatwerkcasus.Bedrag)] =
                    [$"{groep.Naam} heeft geen maatwerkbudget. Leg eerst het budget vast dat de gemeente toekende, of registreer alleen de regel (bedrag 0)."];
            else if (anderen + cmd.Bedrag > budget)
                errors[nameof(IMaatwerkcasus.Bedrag)] =
                    [$"Dit past niet in het maatwerkbudget van {groep.Naam}: er is nog {Opmaak.Bedrag(Math.Max(0, budget - anderen))} over " +
                     $"van {Opmaak.Bedrag(budget)}."];
        }
        if (errors.Count > 0) throw new ValidationException(errors);
    }

    /// <summary>The casus's values as stored: texts trimmed.</summary>
    internal static Casuswaarden Getrimd(IMaatwerkcasus c) => new(c.ProgrammaId, c.VerbondsgroepId, c.Omschrijving.Trim(), c.Bedrag, c.Regel.Trim(),
        c.BeslotenDoor.Trim(), c.TweedeBeslisser.Trim(), c.BeslotenOp);

    internal sealed record Casuswaarden(long ProgrammaId, long VerbondsgroepId, string Omschrijving, decimal Bedrag, string Regel, string BeslotenDoor,
        string TweedeBeslisser, DateOnly? BeslotenOp);

    /// <summary>
    /// Whether the caller sees amounts: who edits does, and a bestuurder (who approves the plan and its reports); a lezer
    /// only when the regeling allows it.
    /// </summary>
    internal static async Task<bool> ZietBedragenAsync(DbConnection c, DbTransaction? tx, ICurrentUser user, long programmaId)
    {
        if (user.IsSysteem) return true;
        var rol = await c.QuerySingleOrDefaultAsync<string?>(
            "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @programmaId", new { user.GebruikerId, programmaId }, tx);
        if (rol is not null && rol != ProgrammaRol.Lezer) return true;
        return await c.ExecuteScalarAsync<bool>(
            "SELECT COALESCE((SELECT bedragen_voor_lezers FROM maatwerkregeling WHERE programma_id = @programmaId), 0)", new { programmaId }, tx);
    }

    private sealed class GroepRow
    {
        public string Naam { get; init; } = "";
        public decimal? Maatwerkbudget { get; init; }
    }
}
