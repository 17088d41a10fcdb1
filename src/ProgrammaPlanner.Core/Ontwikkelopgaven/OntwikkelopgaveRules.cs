using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Ontwikkelopgaven;

/// <summary>Where an inquiry stands, stored as these Dutch words.</summary>
public static class OntwikkelopgaveStatus
{
    public const string Open = "open";
    public const string InOnderzoek = "in onderzoek";
    public const string Beantwoord = "beantwoord";
    public const string Geagendeerd = "geagendeerd bij de gemeente";
    public static readonly IReadOnlyList<string> Alle = [Open, InOnderzoek, Beantwoord, Geagendeerd];

    /// <summary>An answered or agendered inquiry must say what was found and what is recommended.</summary>
    public static bool VraagtUitkomst(string status) => status is Beantwoord or Geagendeerd;
}

/// <summary>The fields create and update share, so both obey the same rules.</summary>
public interface IOntwikkelopgaveGegevens : IProgrammaScoped
{
    string Titel { get; }
    string Vraag { get; }
    string Terrein { get; }
    long? VerbondsgroepId { get; }
}

/// <summary>The rules an ontwikkelopgave obeys, shared by create, update and the convert from a bijdrage.</summary>
public static class OntwikkelopgaveRules
{
    public const string Wat = "De ontwikkelopgave";

    public static void Apply<T>(AbstractValidator<T> v) where T : IOntwikkelopgaveGegevens
    {
        v.RuleFor(x => x.Titel).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Geef de ontwikkelopgave een titel.")
            .MaxTekens(Tekstgrenzen.Titel, "De titel");
        v.RuleFor(x => x.Vraag).Must(t => !string.IsNullOrWhiteSpace(t))
            .WithMessage("Schrijf de vraag op: wat wil de groep uitzoeken?")
            .MaxTekens(Tekstgrenzen.Tekst, "De vraag");
        v.RuleFor(x => x.Terrein).MaxTekens(Tekstgrenzen.Naam, "Het terrein");
    }

    public static string TitelConflict(string titel) =>
        $"Er is in dit programma al een ontwikkelopgave met de titel '{titel.Trim()}'. Kies een andere titel.";

    public static string UitkomstNodig(string status) =>
        $"Een ontwikkelopgave met de status '{status}' heeft bevindingen en een aanbeveling. Vul die eerst in en sla ze op.";

    /// <summary>Programma exists (else NotFound); the group, when chosen, belongs to it (else a field message).</summary>
    public static async Task CheckAsync(DbConnection c, DbTransaction tx, IOntwikkelopgaveGegevens o)
    {
        await ProgrammaBestaat.EisAsync(c, o.ProgrammaId, tx);
        if (o.VerbondsgroepId is { } groep && await c.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM verbondsgroep WHERE id = @groep AND programma_id = @ProgrammaId", new { groep, o.ProgrammaId }, tx) == 0)
            throw ValidationException.For(nameof(IOntwikkelopgaveGegevens.VerbondsgroepId), "Kies een Verbondsgroep van dit programma.");
    }

    /// <summary>The opgave's status, or NotFound when it is not (any more) an opgave of this programma.</summary>
    public static async Task<string> StatusAsync(DbConnection c, DbTransaction? tx, long programmaId, long opgaveId) =>
        await c.QuerySingleOrDefaultAsync<string>("SELECT status FROM ontwikkelopgave WHERE id = @opgaveId AND programma_id = @programmaId",
            new { programmaId, opgaveId }, tx) ?? throw new NotFoundException($"{Wat} bestaat niet (meer).");
}
