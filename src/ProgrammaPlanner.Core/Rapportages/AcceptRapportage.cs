using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The facilitator accepts a submitted rapportage: in the same transaction its figures become the counted ones
/// (realisatie, besteding, project_jaarstatus, mijlpaal) through the shared writers, so they count in the stand and the
/// voortgangsrapportage. A cell the partner left empty leaves the counted figure as it was. Returns the new version.
/// </summary>
public static class AcceptRapportage
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("AcceptRapportage", "Rapportage geaccepteerd")]
    /// <summary>
    /// Overschrijven: the facilitator saw that a figure would replace one of another partner's accepted rapportage of this round
    /// (<see cref="RapportageRules.BotsingenAsync"/>) and wants that; without it such an accept is refused, so nothing is overwritten silently.
    /// </summary>
    public sealed record Command(long ProgrammaId, long RapportageId, int Version, bool Overschrijven = false) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var r = await RapportageRules.FindAsync(c, cmd.ProgrammaId, cmd.RapportageId, tx);
            RapportageRules.EisIngediend(r, "geaccepteerd");
            var version = await RapportageRules.SetStatusAsync(c, tx, cmd.ProgrammaId, r, cmd.Version, RapportageStatus.Geaccepteerd);
            var args = new { r.Id };

            var realisaties = (await c.QueryAsync<(long DoelstellingId, long? WijkId, decimal Waarde)>(
                "SELECT doelstelling_id, wijk_id, waarde FROM rapportage_realisatie WHERE rapportage_id = @Id", args, tx)).ToList();
            var botsingen = await RapportageRules.BotsingenAsync(c, r, tx);
            if (botsingen.Count > 0 && !cmd.Overschrijven)
                throw new RefusedException($"Niet geaccepteerd: {botsingen[0]}" +
                    (botsingen.Count > 1 ? $" Zo ook nog {botsingen.Count - 1} ander(e) cijfer(s)." : "") +
                    " Eén partner rapporteert een doelstelling: stuur deze rapportage terug, of accepteer met ‘Toch overschrijven’.");
            foreach (var x in realisaties)
                await Realisaties.WriteAsync(c, tx, x.DoelstellingId, r.Jaar, x.WijkId, x.Waarde);

            var bestedingen = (await c.QueryAsync<(long ProjectId, decimal Euro, decimal Uren)>(
                "SELECT project_id, euro, uren FROM rapportage_besteding WHERE rapportage_id = @Id", args, tx)).ToList();
            foreach (var x in bestedingen)
                await Uitvoering.WriteBestedingAsync(c, tx, x.ProjectId, r.PartnerId, r.Jaar, x.Euro, x.Uren);

            var statussen = (await c.QueryAsync<(long ProjectId, string Status, string Toelichting)>(
                "SELECT project_id, status, toelichting FROM rapportage_projectstatus WHERE rapportage_id = @Id", args, tx)).ToList();
            foreach (var x in statussen)
                await Uitvoering.WriteJaarstatusAsync(c, tx, x.ProjectId, r.Jaar, x.Status, x.Toelichting);

            var mijlpalen = (await c.QueryAsync<MijlpaalRow>(
                "SELECT mijlpaal_id, status, nieuwe_datum FROM rapportage_mijlpaal WHERE rapportage_id = @Id", args, tx)).ToList();
            foreach (var x in mijlpalen)
                await Uitvoering.WriteMijlpaalVoortgangAsync(c, tx, x.MijlpaalId, x.Status, x.NieuweDatum);

            // An open grid or project form read the old figures: bump their versions so a stale save is told it changed.
            await c.ExecuteAsync($"UPDATE doelstelling SET version = version + 1 WHERE {c.InList("id", "@ids")}",
                new { ids = realisaties.Select(x => x.DoelstellingId).Distinct().ToList() }, tx);
            await c.ExecuteAsync(
                $"UPDATE project SET version = version + 1 WHERE {c.InList("id", "@ids")} "
                + $"OR id IN (SELECT m.project_id FROM mijlpaal m WHERE {c.InList("m.id", "@mijlpalen")})",
                new
                {
                    ids = bestedingen.Select(x => x.ProjectId).Concat(statussen.Select(x => x.ProjectId)).Distinct().ToList(),
                    mijlpalen = mijlpalen.Select(x => x.MijlpaalId).ToList(),
                }, tx);

            var reden = botsingen.Count > 0 ? "Overschreven: " + string.Join(" ", botsingen) : "";
            await RapportageRules.StapAsync(c, tx, r.Id, RapportageStatus.Geaccepteerd, reden, user.Naam, Tijd.Stempel(clock));
            await Rapportagemelding.EnqueueAsync(c, tx, mail, clock, cmd.ProgrammaId, r, RapportageStatus.Geaccepteerd, user.Naam);
            return version;
        }, ct);
    }

    private sealed class MijlpaalRow
    {
        public long MijlpaalId { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? NieuweDatum { get; init; }
    }
}
