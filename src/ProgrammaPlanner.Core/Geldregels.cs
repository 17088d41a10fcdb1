using FluentValidation;

namespace ProgrammaPlanner.Core;

/// <summary>The rules for euro's and uren in every grid (inzet, besteding, a rapportage): never negative, at most two decimals.</summary>
public static class Geldregels
{
    public static IRuleBuilderOptions<T, decimal> Bedrag<T>(this IRuleBuilder<T, decimal> rule, string wat = "Het bedrag") =>
        rule.GreaterThanOrEqualTo(0).WithMessage($"{wat} mag niet negatief zijn.")
            .Must(v => TweeDecimalen(v)).WithMessage("Geef het bedrag op in hele centen (hooguit 2 decimalen).");

    public static IRuleBuilderOptions<T, decimal?> Bedrag<T>(this IRuleBuilder<T, decimal?> rule, string wat = "Het bedrag") =>
        rule.GreaterThanOrEqualTo(0).WithMessage($"{wat} mag niet negatief zijn.")
            .Must(TweeDecimalen).WithMessage("Geef het bedrag op in hele centen (hooguit 2 decimalen).");

    public static IRuleBuilderOptions<T, decimal> Uren<T>(this IRuleBuilder<T, decimal> rule, string wat = "Het aantal uren") =>
        rule.GreaterThanOrEqualTo(0).WithMessage($"{wat} mag niet negatief zijn.")
            .Must(v => TweeDecimalen(v)).WithMessage("Geef de uren op met hooguit 2 decimalen.");

    public static IRuleBuilderOptions<T, decimal?> Uren<T>(this IRuleBuilder<T, decimal?> rule, string wat = "Het aantal uren") =>
        rule.GreaterThanOrEqualTo(0).WithMessage($"{wat} mag niet negatief zijn.")
            .Must(TweeDecimalen).WithMessage("Geef de uren op met hooguit 2 decimalen.");

    private static bool TweeDecimalen(decimal? v) => v is not { } d || decimal.Round(d, 2) == d;
}
