using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Opmerkingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// The facilitator freezes the current plan as version n+1 and puts it "ter besluitvorming". A version still
/// waiting for decisions is replaced by it ("vervangen"): its approvals no longer count. Each bestuurder linked to a signing
/// partner is mailed (when mail is configured). Returns the new number.
/// </summary>
public static class FreezePlanversie
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("FreezePlanversie", "Planversie vastgezet")]
    public sealed record Command(long ProgrammaId, string Toelichting) : ICommand<int>, IProgrammaScoped, IVraagtExemplaar;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Toelichting).MaxTekens(Tekstgrenzen.Tekst, "De toelichting");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            // One write transaction from reading the plan to the last insert: the snapshot is the plan of the moment the number
            // is taken, and a failure anywhere leaves no half version. Reading the plan needs Lezen; this command already passed Faciliteren.
            await using var tx = c.BeginTransaction();
            var plan = await GetProgrammaplan.LoadAsync(c, tx, cmd.ProgrammaId);
            if (plan.Partners.Count == 0)
                throw new RefusedException("Er zijn nog geen partners: voeg eerst de partners toe, want hun bestuurders moeten de versie goedkeuren.");
            var tekenaars = plan.Partners.Where(p => p.Tekent).ToList();
            if (tekenaars.Count == 0) throw new RefusedException(Tekenaars.Geen("de versie"));
            var json = Snapshot.Serialize(plan);
            var bijlage = new Versiebijlage
            {
                Herkomst = await Bijeenkomsten.GetPlanHerkomst.LoadAsync(c, tx, cmd.ProgrammaId),
                Prioritering = await Prioritering.GetPrioritering.LoadAsync(c, tx, cmd.ProgrammaId, user),
            }.Serialize();
            var hash = Snapshot.Hash(json);

            var vorige = await c.QuerySingleOrDefaultAsync<Vorige>(
                "SELECT nummer, status, hash, snapshot FROM planversie WHERE programma_id = @ProgrammaId ORDER BY nummer DESC LIMIT 1", cmd, tx);
            if (vorige is { } v && v.Status is PlanversieStatus.TerBesluitvorming or PlanversieStatus.Vastgesteld
                && (v.Hash == hash || Snapshot.IsSamePlan(v.Snapshot, json)))
                throw new RefusedException($"Er is niets gewijzigd sinds versie {v.Nummer}, die al {v.Status} is. Wijzig eerst het plan.");

            var nummer = (int)((vorige?.Nummer ?? 0) + 1);
            await c.ExecuteAsync(
                """
                UPDATE planversie SET status = @vervangen, vervangen_door = @nummer
                WHERE programma_id = @ProgrammaId AND status = @terBesluitvorming
                """, new { cmd.ProgrammaId, nummer, vervangen = PlanversieStatus.Vervangen, terBesluitvorming = PlanversieStatus.TerBesluitvorming }, tx);
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO planversie (programma_id, nummer, status, snapshot, bijlage, hash, toelichting, vastgelegd_op, vastgelegd_door)
                VALUES (@ProgrammaId, @nummer, @status, @json, @bijlage, @hash, @toelichting, @op, @door) RETURNING id
                """, new
                {
                    cmd.ProgrammaId, nummer, status = PlanversieStatus.TerBesluitvorming, json, bijlage, hash, toelichting = cmd.Toelichting.Trim(),
                    op = Tijd.Stempel(clock), door = user.Naam,
                }, tx);
            await Besluitvraag.EnqueueAsync(c, tx, mail, clock, Besluitstuk.Plan, cmd.ProgrammaId, nummer, tekenaars.ToDictionary(p => p.Id, p => p.Naam),
                user.Naam);
            await c.ExecuteAsync(
                """
                INSERT INTO planversie_partner (planversie_id, partner_id, naam, bestuurder_naam, volgorde)
                VALUES (@id, @partnerId, @Naam, @BestuurderNaam, @volgorde)
                """,
                tekenaars.Select((p, i) => new { id, partnerId = p.Id, p.Naam, p.BestuurderNaam, volgorde = i + 1 }), tx);
            await ListVersieOpmerkingen.KeepOpenAsync(c, tx, cmd.ProgrammaId, id);
            await tx.CommitAsync(ct);
            return nummer;
        }
    }

    private sealed class Vorige
    {
        public long Nummer { get; init; }
        public string Status { get; init; } = "";
        public string Hash { get; init; } = "";
        public string Snapshot { get; init; } = "";
    }
}
