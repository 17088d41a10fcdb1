using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>
/// The facilitator freezes the voortgangsrapportage of a year as its version n+1 and puts it "ter besluitvorming": it is what
/// the boards receive and approve, like a plan version. A version of that year still waiting for decisions is replaced by it.
/// Each bestuurder linked to a signing partner is mailed (when mail is configured). Returns the new number.
/// </summary>
public static class FreezeVoortgangsversie
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("FreezeVoortgangsversie", "Voortgangsrapportage vastgezet")]
    public sealed record Command(long ProgrammaId, int Jaar, string Toelichting) : ICommand<int>, IProgrammaScoped, IVraagtExemplaar;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Toelichting).MaxTekens(Tekstgrenzen.Tekst, "De toelichting");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            // One write transaction from reading the figures to the last insert: the snapshot is the report of the moment the
            // number is taken, and a failure anywhere leaves no half version.
            await using var tx = c.BeginTransaction();
            var rapportage = await GetVoortgangsrapportage.LoadAsync(c, tx, cmd.ProgrammaId, cmd.Jaar);
            var partners = (await c.QueryAsync<PartnerRow>(
                "SELECT id, naam, bestuurder_naam, rol, tekent_toch FROM partner WHERE programma_id = @ProgrammaId ORDER BY naam", cmd, tx)).ToList();
            if (partners.Count == 0)
                throw new RefusedException("Er zijn nog geen partners: voeg eerst de partners toe, want hun bestuurders moeten de rapportage goedkeuren.");
            partners = partners.Where(p => PartnerRol.Tekent(p.Rol, p.TekentToch)).ToList();
            if (partners.Count == 0) throw new RefusedException(Tekenaars.Geen("de rapportage"));
            var teBeoordelen = rapportage.Ronde?.Partners.Where(p => p.Status == RapportageStatus.Ingediend).Select(p => p.Naam).ToList() ?? [];
            if (teBeoordelen.Count > 0)
                throw new RefusedException($"Beoordeel eerst de ingediende rapportage van {string.Join(", ", teBeoordelen)} over {cmd.Jaar}: " +
                    "accepteer of stuur terug, dan telt wat geaccepteerd is mee in de versie die de besturen krijgen.");

            var json = Voortgangssnapshot.Serialize(rapportage);
            var hash = Snapshot.Hash(json);
            var stuk = Besluitstuk.Voortgang(cmd.Jaar);
            var vorige = await c.QuerySingleOrDefaultAsync<Vorige>(
                "SELECT nummer, status, snapshot FROM voortgangsversie WHERE programma_id = @ProgrammaId AND jaar = @Jaar ORDER BY nummer DESC LIMIT 1",
                cmd, tx);
            if (vorige is { } v && v.Status is PlanversieStatus.TerBesluitvorming or PlanversieStatus.Vastgesteld
                && Voortgangssnapshot.Serialize(Voortgangssnapshot.Deserialize(v.Snapshot)) == json)
                throw new RefusedException($"Er is niets gewijzigd sinds {stuk.Naam(v.Nummer)}, die al {v.Status} is.");

            var nummer = (vorige?.Nummer ?? 0) + 1;
            await c.ExecuteAsync(
                """
                UPDATE voortgangsversie SET status = @vervangen, vervangen_door = @nummer
                WHERE programma_id = @ProgrammaId AND jaar = @Jaar AND status = @terBesluitvorming
                """, new { cmd.ProgrammaId, cmd.Jaar, nummer, vervangen = PlanversieStatus.Vervangen, terBesluitvorming = PlanversieStatus.TerBesluitvorming },
                tx);
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO voortgangsversie (programma_id, jaar, nummer, status, snapshot, hash, toelichting, vastgelegd_op, vastgelegd_door)
                VALUES (@ProgrammaId, @Jaar, @nummer, @status, @json, @hash, @toelichting, @op, @door) RETURNING id
                """, new
                {
                    cmd.ProgrammaId, cmd.Jaar, nummer, status = PlanversieStatus.TerBesluitvorming, json, hash, toelichting = cmd.Toelichting.Trim(),
                    op = Tijd.Stempel(clock), door = user.Naam,
                }, tx);
            await c.ExecuteAsync(
                """
                INSERT INTO voortgangsversie_partner (voortgangsversie_id, partner_id, naam, bestuurder_naam, volgorde)
                VALUES (@id, @partnerId, @Naam, @BestuurderNaam, @volgorde)
                """, partners.Select((p, i) => new { id, partnerId = p.Id, p.Naam, p.BestuurderNaam, volgorde = i + 1 }), tx);
            await Besluitvraag.EnqueueAsync(c, tx, mail, clock, stuk, cmd.ProgrammaId, nummer, partners.ToDictionary(p => p.Id, p => p.Naam), user.Naam);
            await tx.CommitAsync(ct);
            return nummer;
        }
    }

    private sealed class PartnerRow
    {
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string BestuurderNaam { get; init; } = "";
        public string Rol { get; init; } = "";
        public bool TekentToch { get; init; }
    }

    private sealed class Vorige
    {
        public int Nummer { get; init; }
        public string Status { get; init; } = "";
        public string Snapshot { get; init; } = "";
    }
}
