using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>What every way of recording a story carries besides its text (the convert takes the text from the bijdrage).</summary>
public interface IVerhaalKenmerken : IProgrammaScoped
{
    string Titel { get; }
    string Verteller { get; }
    long? VerbondsgroepId { get; }
    DateOnly OpgetekendOp { get; }
    IReadOnlyList<string> Bestaanszekerheden { get; }
    IReadOnlyList<long> Ontwikkelopgaven { get; }
}

public interface IVerhaalGegevens : IVerhaalKenmerken
{
    string Tekst { get; }
}

/// <summary>The rules of a story, shared by <see cref="RecordVerhaal"/>, <see cref="UpdateVerhaal"/> and the convert of a bijdrage.</summary>
public static class VerhaalRules
{
    public const string VerhaalWat = "Het verhaal";

    public static void ApplyKenmerken<T>(AbstractValidator<T> v) where T : IVerhaalKenmerken
    {
        v.RuleFor(x => x.Titel).NotEmpty().WithMessage("Geef het verhaal een titel.")
            .MaxTekens(Tekstgrenzen.Titel, "De titel");
        v.RuleFor(x => x.Titel).Must(t => Persoonskenmerken.Melding(t) is null)
            .WithMessage(x => Persoonskenmerken.Melding(x.Titel, "De titel")!);
        v.RuleFor(x => x.Verteller).Must(Verteller.Alle.Contains)
            .WithMessage("Kies wie het verhaal vertelt: een Amsterdammer of een professional.");
        v.RuleFor(x => x.OpgetekendOp).NotEqual(default(DateOnly)).WithMessage("Vul de datum in waarop het verhaal is opgetekend.");
        v.RuleFor(x => x.Bestaanszekerheden).NotEmpty()
            .WithMessage("Kies ten minste één bestaanszekerheid waar het verhaal over gaat (wonen, schulden, inkomen of veiligheid).");
        // One message at the list, not at an item: the form shows the choices as one group.
        v.RuleFor(x => x.Bestaanszekerheden).Must(l => l is null || l.All(Bestaanszekerheid.Alle.Contains))
            .WithMessage(x => $"'{x.Bestaanszekerheden.First(b => !Bestaanszekerheid.Alle.Contains(b))}' is geen bestaanszekerheid. "
                              + "Kies uit wonen, schulden, inkomen en veiligheid.");
    }

    public static void Apply<T>(AbstractValidator<T> v) where T : IVerhaalGegevens
    {
        ApplyKenmerken(v);
        ApplyTekst(v, x => x.Tekst);
    }

    public static void ApplyTekst<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string>> tekst) =>
        v.RuleFor(tekst).NotEmpty().WithMessage("Schrijf het verhaal op: het tekstvak is leeg.")
            .MaxTekens(Tekstgrenzen.Tekst, "Het verhaal")
            .Must(t => Persoonskenmerken.Melding(t) is null).WithMessage((_, t) => Persoonskenmerken.Melding(t)!);

    /// <summary>
    /// What a validator cannot see: the date is not in the future, and the group and opgaven belong to this programma
    /// (an id of another programma reads as unknown, so its existence is not revealed).
    /// </summary>
    public static async Task CheckAsync(DbConnection c, DbTransaction tx, IVerhaalKenmerken v, TimeProvider clock)
    {
        await ProgrammaBestaat.EisAsync(c, v.ProgrammaId, tx);
        var errors = new Dictionary<string, string[]>();
        if (v.OpgetekendOp > Tijd.Vandaag(clock))
            errors[nameof(IVerhaalKenmerken.OpgetekendOp)] = ["Die datum ligt in de toekomst. Vul de dag in waarop het verhaal is opgetekend."];
        if (v.VerbondsgroepId is { } groep && await c.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM verbondsgroep WHERE id = @groep AND programma_id = @ProgrammaId", new { groep, v.ProgrammaId }, tx) == 0)
            errors[nameof(IVerhaalKenmerken.VerbondsgroepId)] = ["Kies een Verbondsgroep van dit programma."];
        var opgaven = v.Ontwikkelopgaven.Distinct().ToList();
        var bekend = (await c.QueryAsync<long>($"SELECT id FROM ontwikkelopgave WHERE programma_id = @ProgrammaId AND {c.InList("id", "@opgaven")}",
            new { v.ProgrammaId, opgaven }, tx)).ToHashSet();
        if (opgaven.Where(id => !bekend.Contains(id)).ToList() is { Count: > 0 } vreemd)
            errors[nameof(IVerhaalKenmerken.Ontwikkelopgaven)] =
                [$"{(vreemd.Count == 1 ? $"Ontwikkelopgave met id {vreemd[0]} hoort" : $"Ontwikkelopgaven met id {string.Join(", ", vreemd)} horen")} " +
                 "niet bij dit programma. Kies alleen ontwikkelopgaven van dit programma."];
        if (errors.Count > 0) throw new ValidationException(errors);
    }

    /// <summary>Writes the story's tags and opgaven (after the old ones are removed).</summary>
    public static async Task InsertLinksAsync(DbConnection c, DbTransaction tx, long verhaalId, IVerhaalKenmerken v)
    {
        await c.ExecuteAsync("INSERT INTO verhaal_bestaanszekerheid (verhaal_id, bestaanszekerheid) VALUES (@verhaalId, @b)",
            v.Bestaanszekerheden.Distinct().Select(b => new { verhaalId, b }), tx);
        await c.ExecuteAsync("INSERT INTO verhaal_ontwikkelopgave (verhaal_id, ontwikkelopgave_id) VALUES (@verhaalId, @o)",
            v.Ontwikkelopgaven.Distinct().Select(o => new { verhaalId, o }), tx);
    }

    /// <summary>The tags and opgaven of these stories, for the list and the detail.</summary>
    public static async Task<(ILookup<long, string> Tags, ILookup<long, Opgave> Opgaven)> LinksAsync(
        DbConnection c, IReadOnlyCollection<long> verhaalIds, DbTransaction? tx = null)
    {
        var tags = await c.QueryAsync<(long VerhaalId, string B)>(
            $"SELECT verhaal_id, bestaanszekerheid FROM verhaal_bestaanszekerheid WHERE {c.InList("verhaal_id", "@verhaalIds")}", new { verhaalIds }, tx);
        var opgaven = await c.QueryAsync<(long VerhaalId, long Id, string Titel)>(
            $"""
            SELECT vo.verhaal_id, o.id, o.titel FROM verhaal_ontwikkelopgave vo JOIN ontwikkelopgave o ON o.id = vo.ontwikkelopgave_id
            WHERE {c.InList("vo.verhaal_id", "@verhaalIds")} ORDER BY o.volgorde, o.titel, o.id
            """, new { verhaalIds }, tx);
        return (tags.OrderBy(t => Volgorde(t.B)).ToLookup(t => t.VerhaalId, t => t.B),
            opgaven.ToLookup(o => o.VerhaalId, o => new Opgave { Id = o.Id, Titel = o.Titel }));
    }

    private static int Volgorde(string b) => Bestaanszekerheid.Alle.ToList().IndexOf(b);
}

/// <summary>An ontwikkelopgave as a story shows it and as the pickers offer it.</summary>
public sealed record Opgave
{
    public long Id { get; init; }
    public string Titel { get; init; } = "";
}
