using System.Data.Common;
using System.Globalization;
using Dapper;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>The state of a change proposal, stored as these Dutch words.</summary>
public static class VoorstelStatus
{
    public const string Open = "open";
    public const string Overgenomen = "overgenomen";
    public const string Afgewezen = "afgewezen";
}

/// <summary>
/// The one place that lists the fields a partner may propose a change for, and for each: how to read its value now and
/// how to apply an accepted proposal through its own command's checks and writes, so the version is raised and an editor
/// who has the element open gets the usual conflict.
/// Numbers travel as invariant text; an inzet as "euro;uren".
/// </summary>
public static class Voorstelveld
{
    public const string DoelstellingOmschrijving = "doelstelling-omschrijving";
    public const string ProjectDoel = "project-doel";
    public const string Streefwaarde = "streefwaarde";
    public const string Inzet = "inzet";

    public static readonly IReadOnlyList<string> Alle = [DoelstellingOmschrijving, ProjectDoel, Streefwaarde, Inzet];

    public static bool IsTekst(string veld) => veld is DoelstellingOmschrijving or ProjectDoel;

    public static bool HeeftJaar(string veld) => veld is Streefwaarde or Inzet;

    /// <summary>What the UI calls the field.</summary>
    public static string Label(string veld) => veld switch
    {
        DoelstellingOmschrijving => "Omschrijving van de doelstelling",
        ProjectDoel => "Doel van het project",
        Streefwaarde => "Streefwaarde",
        Inzet => "Inzet",
        _ => veld,
    };

    public static string Getal(decimal d) => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string InzetWaarde(decimal euro, decimal uren) => $"{Getal(euro)};{Getal(uren)}";

    public static decimal Lees(string getal) => decimal.Parse(getal, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public static (decimal Euro, decimal Uren) LeesInzet(string waarde)
    {
        var delen = waarde.Split(';');
        return (Lees(delen[0]), Lees(delen[1]));
    }

    /// <summary>A stored value as a reader sees it.</summary>
    public static string Weergave(string veld, string waarde) => veld switch
    {
        Streefwaarde when waarde.Length == 0 => "(geen streefwaarde)",
        Streefwaarde => Opmaak.Getal(Lees(waarde)),
        Inzet => LeesInzet(waarde) is var (euro, uren) ? $"{Opmaak.Euro(euro)} en {Opmaak.Uren(uren)} uur" : "",
        _ => waarde,
    };

    /// <summary>Whether two stored values of a field mean the same (numbers compare by value, text exactly).</summary>
    public static bool Gelijk(string veld, string a, string b) => veld switch
    {
        Streefwaarde when a.Length == 0 || b.Length == 0 => a == b,
        Streefwaarde => Lees(a) == Lees(b),
        Inzet => LeesInzet(a) == LeesInzet(b),
        _ => a == b,
    };

    public sealed record Doel(string Veld, long ElementId, int? Jaar, string? Soort, long PartnerId);

    /// <summary>The element's name (for lists) and the field's value now. NotFound when the element is gone.</summary>
    public static async Task<(string Naam, string Waarde)> HuidigeAsync(DbConnection c, DbTransaction? tx, long programmaId, Doel d)
    {
        var args = new { programmaId, d.ElementId, d.Jaar, d.Soort, d.PartnerId };
        switch (d.Veld)
        {
            case DoelstellingOmschrijving:
            case Streefwaarde:
                var ds = (await c.QueryAsync<(string Naam, string Omschrijving)>(
                    "SELECT naam, omschrijving FROM doelstelling WHERE id = @ElementId AND programma_id = @programmaId", args, tx))
                    .Select(r => ((string Naam, string Omschrijving)?)r).FirstOrDefault()
                    ?? throw new NotFoundException("Deze doelstelling bestaat niet (meer).");
                if (d.Veld == DoelstellingOmschrijving) return (ds.Naam, ds.Omschrijving);
                var sw = (await c.QueryAsync<string>(
                    "SELECT waarde FROM streefwaarde WHERE doelstelling_id = @ElementId AND jaar = @Jaar", args, tx)).ToList();
                return (ds.Naam, sw.Count > 0 ? Getal(Lees(sw[0])) : "");
            case ProjectDoel:
            case Inzet:
                var pr = (await c.QueryAsync<(string Naam, string Doel)>(
                    "SELECT naam, doel FROM project WHERE id = @ElementId AND programma_id = @programmaId", args, tx))
                    .Select(r => ((string Naam, string Doel)?)r).FirstOrDefault()
                    ?? throw new NotFoundException("Dit project bestaat niet (meer).");
                if (d.Veld == ProjectDoel) return (pr.Naam, pr.Doel);
                var inzet = (await c.QueryAsync<(string Euro, string Uren)>(
                    "SELECT euro, uren FROM inzet WHERE project_id = @ElementId AND partner_id = @PartnerId AND jaar = @Jaar AND soort = @Soort",
                    args, tx)).FirstOrDefault();
                return (pr.Naam, inzet.Euro is null ? InzetWaarde(0, 0) : InzetWaarde(Lees(inzet.Euro), Lees(inzet.Uren)));
            default:
                throw ValidationException.For("Veld", "Kies een veld waarvoor u een wijziging voorstelt.");
        }
    }

    /// <summary>The checks of the field's own command that need the database (period, taking part). Throws at the field.</summary>
    public static async Task CheckAsync(DbConnection c, DbTransaction tx, long programmaId, Doel d)
    {
        if (!HeeftJaar(d.Veld)) return;
        var periode = await DoelstellingRules.PeriodeAsync(c, programmaId, tx);
        if (d.Jaar is not { } jaar || jaar < periode.Startjaar || jaar > periode.Eindjaar)
            throw ValidationException.For("Jaar", $"Kies een jaar binnen de programmaperiode {DoelstellingRules.Periode(periode)}.");
        if (d.Veld == Inzet)
        {
            var deelnemer = await c.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM project_partner WHERE project_id = @ElementId AND partner_id = @PartnerId", d, tx);
            if (deelnemer == 0)
                throw ValidationException.For("PartnerId", "Uw organisatie neemt niet deel aan dit project; inzet kan alleen een deelnemende partner hebben.");
        }
    }

    /// <summary>
    /// Applies the value as the field's own command would: that command is built from the element as it is now with this one
    /// value changed, validated, and written in the caller's transaction (so the element's version is raised as usual).
    /// </summary>
    public static async Task ApplyAsync(DbConnection c, DbTransaction tx, long programmaId, Doel d, string waarde)
    {
        await CheckAsync(c, tx, programmaId, d);
        switch (d.Veld)
        {
            case DoelstellingOmschrijving or Streefwaarde:
                var doelstelling = await UpdateDoelstelling.CurrentAsync(c, tx, programmaId, d.ElementId);
                doelstelling = d.Veld == DoelstellingOmschrijving
                    ? doelstelling with { Omschrijving = waarde }
                    : doelstelling with
                    {
                        Streefwaarden = [.. doelstelling.Streefwaarden.Where(s => s.Jaar != d.Jaar), new Streefwaarde(d.Jaar!.Value, Lees(waarde))],
                    };
                await new UpdateDoelstelling.Validator().ValidateNestedAsync(doelstelling);
                await UpdateDoelstelling.WriteAsync(c, tx, doelstelling);
                break;
            case ProjectDoel:
                var project = await UpdateProject.CurrentAsync(c, tx, programmaId, d.ElementId) with { Doel = waarde };
                await new UpdateProject.Validator().ValidateNestedAsync(project);
                await UpdateProject.WriteAsync(c, tx, project);
                break;
            case Inzet:
                var (euro, uren) = LeesInzet(waarde);
                var inzet = await SetInzet.CurrentAsync(c, tx, programmaId, d.ElementId);
                inzet = inzet with
                {
                    Regels = [.. inzet.Regels.Where(r => (r.PartnerId, r.Jaar, r.Soort) != (d.PartnerId, d.Jaar!.Value, d.Soort)),
                        new SetInzet.InzetRegel(d.PartnerId, d.Jaar!.Value, d.Soort!, euro, uren)],
                };
                await new SetInzet.Validator().ValidateNestedAsync(inzet);
                await SetInzet.WriteAsync(c, tx, inzet);
                break;
        }
    }
}
