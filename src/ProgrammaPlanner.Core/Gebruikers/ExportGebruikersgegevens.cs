using System.Text.Encodings.Web;
using System.Text.Json;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Everything stored about a user (AVG, right of access), as JSON: the account (never the password hash), memberships,
/// sessions, the comments and change proposals they wrote, what they own in person, the mails sent to them, and the audit rows
/// of their own actions. For the user themselves or a beheerder.
/// </summary>
public static class ExportGebruikersgegevens
{
    [Vereist(Recht.Aangemeld)]
    public sealed record Query(long GebruikerId) : IRequest<string>;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            await Eigenaar.EisZelfOfBeheerderAsync(c, null, user, query.GebruikerId);
            var account = await c.QuerySingleOrDefaultAsync(
                "SELECT id, naam, email, is_beheerder, aangemaakt_op, opmerkingmail FROM gebruiker WHERE id = @GebruikerId", query)
                ?? throw new NotFoundException("Deze gebruiker bestaat niet (meer).");
            var gegevens = new
            {
                account,
                lidmaatschappen = await c.QueryAsync(
                    "SELECT p.naam AS programma, l.rol FROM lidmaatschap l JOIN programma p ON p.id = l.programma_id " +
                    "WHERE l.gebruiker_id = @GebruikerId", query),
                namensPartner = await c.QueryAsync(
                    "SELECT p.naam AS partner FROM partner_lid pl JOIN partner p ON p.id = pl.partner_id WHERE pl.gebruiker_id = @GebruikerId", query),
                sessies = await c.QueryAsync(
                    "SELECT apparaat, aangemaakt_op, laatst_actief_op, beeindigd_op FROM sessie " +
                    "WHERE gebruiker_id = @GebruikerId ORDER BY aangemaakt_op", query),
                mislukteAanmeldingen = await c.QueryAsync(
                    "SELECT adres, mislukt, laatste_op, wacht_tot FROM aanmeldpoging " +
                    "WHERE email = (SELECT email_genormaliseerd FROM gebruiker WHERE id = @GebruikerId) ORDER BY laatste_op", query),
                opmerkingen = await c.QueryAsync(
                    "SELECT p.naam AS programma, o.onderwerp_soort, o.onderwerp, o.tekst, o.geplaatst_op, o.opgelost_op FROM opmerking o " +
                    "JOIN programma p ON p.id = o.programma_id WHERE o.auteur_id = @GebruikerId ORDER BY o.id", query),
                voorstellen = await c.QueryAsync(
                    "SELECT p.naam AS programma, v.veld, v.element_id, v.jaar, v.nieuwe_waarde, v.toelichting, v.status, v.ingediend_op " +
                    "FROM voorstel v JOIN programma p ON p.id = v.programma_id WHERE v.indiener_id = @GebruikerId ORDER BY v.id", query),
                mails = await c.QueryAsync(
                    "SELECT onderwerp, tekst, aangemaakt_op, verzonden_op FROM uitgaande_mail " +
                    "WHERE aan = (SELECT email FROM gebruiker WHERE id = @GebruikerId) ORDER BY id", query),
                eigenaarVan = await c.QueryAsync(
                    "SELECT 'actiepunt' AS soort, omschrijving AS naam, deadline AS datum FROM actiepunt WHERE eigenaar_gebruiker_id = @GebruikerId " +
                    "UNION ALL SELECT 'mijlpaal', titel, datum FROM mijlpaal WHERE eigenaar_gebruiker_id = @GebruikerId", query),
                logboek = (await c.QueryAsync<(string Tijdstip, string Opdracht, long? ProgrammaId, string Samenvatting)>(
                    "SELECT tijdstip, opdracht, programma_id, samenvatting FROM audit WHERE gebruiker_id = @GebruikerId ORDER BY id", query))
                    .Select(r => new // as the logboek shows it: the Dutch label, not the stored name
                    {
                        tijdstip = r.Tijdstip, wijziging = LogboekAttribute.LabelVan(r.Opdracht), programma_id = r.ProgrammaId, samenvatting = r.Samenvatting,
                    }),
            };
            return JsonSerializer.Serialize(gegevens, Json);
        }
    }
}
