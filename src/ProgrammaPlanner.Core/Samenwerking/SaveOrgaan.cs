using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Samenwerking;

/// <summary>
/// Creates (OrgaanId null, appended at the end) or updates a governance body (stuurgroep, kernteam,
/// programmamanager) together with its leden, which are replaced as a whole in the given order.
/// </summary>
public static class SaveOrgaan
{
    [Logboek("SaveOrgaan", "Orgaan opgeslagen")]
    public sealed record Command(long ProgrammaId, long? OrgaanId, int Version, string Naam, string Mandaat, IReadOnlyList<Lid> Leden)
        : ICommand<Result>, IProgrammaScoped;

    /// <param name="PartnerId">The organisation the member comes from, if it is a partner of the programma.</param>
    public sealed record Lid(string Naam, string Functie, long? PartnerId);

    public sealed record Result(long OrgaanId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Naam).NotEmpty().WithMessage("Geef het orgaan een naam, bijvoorbeeld 'Stuurgroep'.")
                .MaxTekens(Tekstgrenzen.Naam, "De naam");
            RuleFor(c => c.Mandaat).MaxTekens(Tekstgrenzen.Tekst, "Het mandaat");
            RuleFor(c => c.Leden).NotNull().WithMessage("Geef de leden op (de lijst mag leeg zijn).");
            RuleForEach(c => c.Leden).NotNull().WithMessage("Vul de gegevens van het lid in.").ChildRules(lid =>
            {
                lid.RuleFor(l => l.Naam).NotEmpty().WithMessage("Vul de naam van het lid in.")
                    .MaxTekens(Tekstgrenzen.Naam, "De naam van het lid");
                lid.RuleFor(l => l.Functie).MaxTekens(Tekstgrenzen.Naam, "De functie");
            });
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await CheckPartnersAsync(c, tx, cmd);

            var p = new { cmd.ProgrammaId, cmd.OrgaanId, cmd.Version, Naam = cmd.Naam.Trim(), Mandaat = cmd.Mandaat?.Trim() ?? "" };
            long orgaanId;
            try
            {
                if (cmd.OrgaanId is { } id)
                {
                    var rows = await c.ExecuteAsync(
                        """
                        UPDATE orgaan SET naam = @Naam, mandaat = @Mandaat, version = version + 1
                        WHERE id = @OrgaanId AND programma_id = @ProgrammaId AND version = @Version
                        """, p, tx);
                    if (rows == 0) throw await Concurrency.ExplainAsync(c, "orgaan", id, cmd.ProgrammaId, "Het orgaan", tx);
                    await c.ExecuteAsync("DELETE FROM orgaan_lid WHERE orgaan_id = @OrgaanId", p, tx);
                    orgaanId = id;
                }
                else
                {
                    orgaanId = await c.ExecuteScalarAsync<long?>(
                                   """
                                   INSERT INTO orgaan (programma_id, naam, mandaat, volgorde)
                                   SELECT g.id, @Naam, @Mandaat, COALESCE((SELECT MAX(o.volgorde) FROM orgaan o WHERE o.programma_id = g.id), 0) + 1
                                   FROM programma g WHERE g.id = @ProgrammaId
                                   RETURNING id
                                   """, p, tx)
                               ?? throw ProgrammaScope.ProgrammaNotFound();
                }
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam),
                    $"Er is in dit programma al een orgaan met de naam '{cmd.Naam.Trim()}'. Kies een andere naam.");
            }

            await c.ExecuteAsync(
                "INSERT INTO orgaan_lid (orgaan_id, volgorde, naam, functie, partner_id) VALUES (@OrgaanId, @Volgorde, @Naam, @Functie, @PartnerId)",
                cmd.Leden.Select((l, i) => new
                {
                    OrgaanId = orgaanId, Volgorde = i + 1, Naam = l.Naam.Trim(), Functie = l.Functie?.Trim() ?? "", l.PartnerId,
                }), tx);
            return new Result(orgaanId, cmd.OrgaanId is null ? 1 : cmd.Version + 1);
        }, ct);

        /// <summary>Every PartnerId given must be a partner of this programma; all wrong ones are reported at once.</summary>
        private static async Task CheckPartnersAsync(DbConnection c, DbTransaction tx, Command cmd)
        {
            var ids = cmd.Leden.Where(l => l.PartnerId is not null).Select(l => l.PartnerId!.Value).Distinct().ToList();
            if (ids.Count == 0) return;
            var bekend = (await c.QueryAsync<long>(
                $"SELECT id FROM partner WHERE programma_id = @ProgrammaId AND {c.InList("id", "@ids")}", new { cmd.ProgrammaId, ids }, tx)).ToHashSet();
            var fouten = cmd.Leden
                .Select((l, i) => (l.PartnerId, i))
                .Where(x => x.PartnerId is { } pid && !bekend.Contains(pid))
                .ToDictionary(x => $"{nameof(Command.Leden)}[{x.i}].{nameof(Lid.PartnerId)}",
                    _ => new[] { "Deze organisatie is geen partner (meer) van dit programma. Kies een partner uit de lijst of laat het veld leeg." });
            if (fouten.Count > 0) throw new ValidationException(fouten);
        }
    }
}
