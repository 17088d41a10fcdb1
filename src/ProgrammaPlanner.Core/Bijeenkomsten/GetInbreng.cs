using System.Text.Json.Serialization;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Stand;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// The public "wat is er met uw inbreng gedaan" page of one session, by its token, without an account: every bijdrage with what
/// became of it. Only what participants typed and the plan's own names are shown: no ids, accounts, e-mail addresses or who
/// converted what. Bijdragen the facilitator hid are counted, not shown. Null: unknown token (nothing else is told).
/// </summary>
public static class GetInbreng
{
    [Vereist(Recht.Iedereen)]
    public sealed record Query([property: JsonIgnore] string Token) : IRequest<Inbreng?>;

    public sealed record Inbreng
    {
        public string Titel { get; init; } = "";
        public string Soort { get; init; } = "";
        public DateOnly Datum { get; init; }
        /// <summary>Oldest first; hidden ones left out.</summary>
        public IReadOnlyList<Item> Bijdragen { get; init; } = [];
        public int Verborgen { get; init; }
    }

    /// <summary>What became of a bijdrage: one of these, in this order of precedence.</summary>
    public static class Lot
    {
        public const string Overgenomen = "overgenomen";
        public const string Samengevoegd = "samengevoegd";
        public const string NietOvergenomen = "niet overgenomen";
        public const string Open = "open";
    }

    public sealed record Item
    {
        public string Soort { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Naam { get; init; } = "";
        public string Lot { get; init; } = "";
        /// <summary>Lot overgenomen: what it became.</summary>
        public IReadOnlyList<Element> Elementen { get; init; } = [];
        /// <summary>Lot niet overgenomen: the reason.</summary>
        public string? Reden { get; init; }
        /// <summary>Lot samengevoegd: the text of the bijdrage it joined (null when that one is hidden) and what that one became.</summary>
        public string? SamengevoegdMet { get; init; }
        public Item? SamengevoegdIn { get; init; }
    }

    /// <summary>A speerpunt, doelstelling or project, with one short line on where it stands ("" when there is none).</summary>
    public sealed record Element(string Soort, string Naam, string Stand);

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Inbreng?>
    {
        public async Task<Inbreng?> Handle(Query query, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(query.Token) || query.Token.Length > Tekstgrenzen.Kort) return null;
            await using var c = await db.OpenAsync(ct);
            await using var tx = await db.BeginSnapshotAsync(c, ct); // the session, its bijdragen and the stand from one moment
            var sessie = await c.QuerySingleOrDefaultAsync<Sessie>(
                "SELECT id, programma_id, titel, soort, datum FROM bijeenkomst WHERE inbreng_token = @Token", query, tx);
            if (sessie is null) return null;
            await using var grid = await c.QueryMultipleAsync(
                $"""
                SELECT b.id, b.soort, b.tekst, {BijdrageRules.Afzender()} AS partner, b.naam, b.niet_overgenomen, b.samengevoegd_in_id,
                       b.verborgen_reden IS NOT NULL AS verborgen
                FROM bijdrage b LEFT JOIN partner p ON p.id = b.partner_id
                WHERE b.bijeenkomst_id = @Id AND b.programma_id = @ProgrammaId ORDER BY b.id;
                {ElementSoort.ElementenSql("b.bijeenkomst_id = @Id")};
                """, sessie, tx);
            var rijen = (await grid.ReadAsync<Row>()).ToList();
            var links = (await grid.ReadAsync<Link>()).ToList();
            var stand = links.Any(l => l.Soort == ElementSoort.Doelstelling)
                ? await GetStand.LoadAsync(c, tx, sessie.ProgrammaId, Tijd.Vandaag(clock).Year) : null;
            var elementen = links.ToLookup(l => l.BijdrageId, l => new Element(l.Soort, l.Naam, DescribeStand(l, stand)));
            var perId = rijen.ToDictionary(r => r.Id);

            Item ToItem(Row r) => new()
            {
                Soort = r.Soort,
                Tekst = r.Tekst,
                Partner = r.Partner,
                Naam = r.Naam,
                Elementen = elementen[r.Id].OrderBy(e => ElementSoort.Alle.ToList().IndexOf(e.Soort)).ThenBy(e => e.Naam).ToList(),
                Reden = r.NietOvergenomen,
                Lot = elementen[r.Id].Any() ? Lot.Overgenomen : r.SamengevoegdInId is not null ? Lot.Samengevoegd
                    : r.NietOvergenomen is not null ? Lot.NietOvergenomen : Lot.Open,
            };

            var zichtbaar = rijen.Where(r => !r.Verborgen).Select(r =>
            {
                var item = ToItem(r);
                if (item.Lot != Lot.Samengevoegd || !perId.TryGetValue(r.SamengevoegdInId!.Value, out var doel)) return item;
                // A hidden target is not quoted: its text is what the facilitator kept off this page.
                return doel.Verborgen ? item : item with { SamengevoegdMet = doel.Tekst, SamengevoegdIn = ToItem(doel) };
            }).ToList();
            return new Inbreng
            {
                Titel = sessie.Titel,
                Soort = sessie.Soort,
                Datum = sessie.Datum,
                Bijdragen = zichtbaar,
                Verborgen = rijen.Count(r => r.Verborgen),
            };
        }

        /// <summary>One short line: a project's status; a doelstelling's latest realisatie against its streefwaarde.</summary>
        private static string DescribeStand(Link l, GetStand.Programmastand? stand)
        {
            if (l.Soort is ElementSoort.Project or ElementSoort.Ontwikkelopgave) return string.IsNullOrEmpty(l.Status) ? "" : $"status: {l.Status}";
            if (l.Soort != ElementSoort.Doelstelling || stand?.Vind(l.Id) is not { } d) return "";
            if (d.Laatste is not { Realisatie: { } r } laatste) return "nog geen meting";
            var doel = laatste.Streefwaarde is { } s ? $" (streefwaarde {Standregel.Waarde(s.Waarde, d.Eenheid)})" : "";
            return $"gemeten in {laatste.Jaar}: {Standregel.Waarde(r, d.Eenheid)}{doel}, {laatste.Oordeel.Status}";
        }
    }

    private sealed record Sessie
    {
        public long Id { get; init; }
        public long ProgrammaId { get; init; }
        public string Titel { get; init; } = "";
        public string Soort { get; init; } = "";
        public DateOnly Datum { get; init; }
    }

    private sealed record Row
    {
        public long Id { get; init; }
        public string Soort { get; init; } = "";
        public string Tekst { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Naam { get; init; } = "";
        public string? NietOvergenomen { get; init; }
        public long? SamengevoegdInId { get; init; }
        public bool Verborgen { get; init; }
    }

    private sealed record Link
    {
        public long BijdrageId { get; init; }
        public string Soort { get; init; } = "";
        public long Id { get; init; }
        public string Naam { get; init; } = "";
        public string Status { get; init; } = "";
    }
}
