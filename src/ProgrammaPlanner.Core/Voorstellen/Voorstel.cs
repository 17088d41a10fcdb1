using System.Data.Common;
using Dapper;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>One stored change proposal, as accept and reject read it in their transaction.</summary>
internal sealed record Voorstel
{
    public long Id { get; init; }
    public string Veld { get; init; } = "";
    public long ElementId { get; init; }
    public long? Jaar { get; init; }
    public string? Soort { get; init; }
    public long PartnerId { get; init; }
    public string PartnerNaam { get; init; } = "";
    public string OudeWaarde { get; init; } = "";
    public string NieuweWaarde { get; init; } = "";
    public string Status { get; init; } = "";

    public Voorstelveld.Doel Doel => new(Veld, ElementId, (int?)Jaar, Soort, PartnerId);

    /// <summary>The open proposal; NotFound when it is not of this programma, Refused when it was decided already.</summary>
    public static async Task<Voorstel> FindOpenAsync(DbConnection c, DbTransaction tx, long programmaId, long voorstelId)
    {
        var v = (await c.QueryAsync<Voorstel>(
            """
            SELECT v.id, v.veld, v.element_id, v.jaar, v.soort, v.partner_id, p.naam AS partner_naam, v.oude_waarde, v.nieuwe_waarde, v.status
            FROM voorstel v JOIN partner p ON p.id = v.partner_id
            WHERE v.id = @voorstelId AND v.programma_id = @programmaId
            """, new { voorstelId, programmaId }, tx)).FirstOrDefault() ?? throw new NotFoundException("Dit voorstel bestaat niet (meer).");
        if (v.Status != VoorstelStatus.Open)
            throw new RefusedException($"Over dit voorstel is al besloten: het is {v.Status}.");
        return v;
    }
}
