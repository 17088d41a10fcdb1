using System.Data.Common;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>A session found by its join code, for the anonymous participant requests.</summary>
public sealed record OpenSessie
{
    public long Id { get; init; }
    public long ProgrammaId { get; init; }
    public string Titel { get; init; } = "";

    /// <summary>Residents and informal partners may join without a partner.</summary>
    public bool OpenDeelname { get; init; }
}

/// <summary>A participant who joined; no partner when they take part as a resident or informal partner.</summary>
public sealed record Aangemeld
{
    public long Id { get; init; }
    public long? PartnerId { get; init; }
    public string Naam { get; init; } = "";
    public string Namens { get; init; } = "";
}

/// <summary>The rules shared by the requests of anonymous participants (scoped by the join code, not by membership).</summary>
public static class DeelnemerRules
{
    public const string CodeOnbekend = "Deze code kennen we niet. Controleer de code op het scherm: 6 letters en cijfers.";
    public const string CodeGesloten = "Deze bijeenkomst is gesloten voor invoer. Vraag de gespreksleider om een nieuwe code.";
    public const string NietAangemeld = "Kies eerst voor welke organisatie u meedoet.";

    public static void ApplyCode<T>(AbstractValidator<T> v) where T : IDeelnemerRequest =>
        v.RuleFor(x => x.Code).Must(c => Deelnamecode.Normaliseer(c).Length == Deelnamecode.Lengte)
            .WithMessage("Vul de code van 6 tekens in die op het scherm staat.");

    public static void ApplySleutel<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string>> sleutel) =>
        v.RuleFor(sleutel).NotEmpty().WithMessage("Uw browser stuurde geen deelnemerscookie mee. Sta cookies toe en open de pagina opnieuw.")
            .MaximumLength(Tekstgrenzen.Kort).WithMessage("De deelnemerscookie is ongeldig. Open de pagina opnieuw.");

    /// <summary>The open session with this code; a ValidationException on Code for an unknown or closed one.</summary>
    public static async Task<OpenSessie> FindOpenAsync(DbConnection c, string? code, DbTransaction? tx = null)
    {
        var genormaliseerd = Deelnamecode.Normaliseer(code);
        var open = await c.QuerySingleOrDefaultAsync<OpenSessie>(
            "SELECT id, programma_id, titel, open_deelname FROM bijeenkomst WHERE code = @genormaliseerd AND invoer_open = 1", new { genormaliseerd }, tx);
        if (open is not null) return open;
        var gesloten = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bijeenkomst WHERE code = @genormaliseerd", new { genormaliseerd }, tx);
        throw ValidationException.For(nameof(IDeelnemerRequest.Code), gesloten > 0 ? CodeGesloten : CodeOnbekend);
    }

    /// <summary>The participant in this session; a ValidationException when they have not joined.</summary>
    public static async Task<Aangemeld> FindDeelnemerAsync(DbConnection c, long bijeenkomstId, string sleutel, DbTransaction? tx = null) =>
        await c.QuerySingleOrDefaultAsync<Aangemeld>(
            "SELECT id, partner_id, naam, namens FROM deelnemer WHERE bijeenkomst_id = @bijeenkomstId AND sleutel = @sleutel",
            new { bijeenkomstId, sleutel }, tx)
        ?? throw ValidationException.For("PartnerId", NietAangemeld);
}
