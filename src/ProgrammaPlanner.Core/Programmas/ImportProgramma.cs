using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Projecten;
using static ProgrammaPlanner.Core.Programmas.ProgrammaBestand;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>
/// Imports a whole programma from a <see cref="ProgrammaBestand"/> file. Everything is checked first and every
/// problem is reported in one ValidationException (the checks span the file and the database, so they live in
/// the handler, not in a pipeline validator); only a clean file is written, in one transaction.
/// </summary>
public static class ImportProgramma
{
    /// <summary><paramref name="Bron"/> is the file name; the audit log keeps it instead of the whole file.</summary>
    [Vereist(Recht.Beheerder)]
    [Logboek("ImportProgramma", "Programma geïmporteerd")]
    public sealed record Command([property: System.Text.Json.Serialization.JsonIgnore, KeepAsTyped] string Json, string Bron) : ICommand<Result>;

    public sealed record Result(long ProgrammaId, string Naam) : IProgrammaScoped;

    /// <summary>The file's size is checked before it is parsed: the UI, the command line and any caller get the same answer.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Json).Must(json => Encoding.UTF8.GetByteCount(json ?? "") <= Tekstgrenzen.ImportBytes).OverridePropertyName("bestand")
                .WithMessage(c => $"Het bestand is te groot ({Megabytes(Encoding.UTF8.GetByteCount(c.Json ?? ""))}); een programmabestand "
                                  + $"mag hooguit {Megabytes(Tekstgrenzen.ImportBytes)} zijn. Er is niets geïmporteerd.");
            RuleFor(c => c.Bron).MaxTekens(Tekstgrenzen.Titel, "De bestandsnaam");
        }

        private static string Megabytes(long bytes) => $"{Opmaak.GetalAfgerond(Math.Round(bytes / 1024m / 1024m, 1))} MB";
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            var b = Lees(cmd.Json ?? "", out var leesfout) ?? throw ValidationException.For("bestand", leesfout!);
            CleanText.CleanObject(b); // the same cleaning as every command, on the parsed file (JSON escapes are characters now)
            var fouten = Controleer(b);
            var naam = Naam(b.Programma?.Naam);

            await using var c = await db.OpenAsync(ct);
            if (naam != "" && await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM programma WHERE naam = @naam", new { naam }) > 0)
                (fouten.TryGetValue("programma.naam", out var l) ? l : fouten["programma.naam"] = []).Add(BestaatAl(naam));
            if (fouten.Count > 0) throw new ValidationException(fouten.ToDictionary(f => f.Key, f => f.Value.ToArray()));

            await using var tx = c.BeginTransaction();
            var p = b.Programma!;
            long id;
            try
            {
                id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO programma (naam, motto, gebied, startjaar, eindjaar, fase, aanleiding, ambitie)
                    VALUES (@naam, @Motto, @Gebied, @Startjaar, @Eindjaar, @Fase, @Aanleiding, @Ambitie) RETURNING id
                    """, new
                    {
                        naam, Motto = p.Motto ?? "", Gebied = p.Gebied ?? "",
                        p.Startjaar, p.Eindjaar, p.Fase, Aanleiding = p.Aanleiding ?? "", Ambitie = p.Ambitie ?? ""
                    }, tx);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For("programma.naam", BestaatAl(naam));
            }

            var partners = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var x in Items(b.Partners))
                partners[Naam(x.Naam)] = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO partner (programma_id, naam, soort, rol, contactpersoon, email, bestuurder_naam, bestuurder_functie, plaats, uurtarief,
                        tekent_toch)
                    VALUES (@id, @naam, @Soort, @Rol, @Contactpersoon, @Email, @BestuurderNaam, @BestuurderFunctie, @Plaats, @Uurtarief,
                        @tekentToch) RETURNING id
                    """, new
                    {
                        id, naam = Naam(x.Naam), x.Soort, x.Rol, Contactpersoon = x.Contactpersoon ?? "", Email = x.Email ?? "",
                        BestuurderNaam = x.BestuurderNaam ?? "", BestuurderFunctie = x.BestuurderFunctie ?? "", Plaats = x.Plaats ?? "",
                        x.Uurtarief, tekentToch = !PartnerRol.TekentAltijd(x.Rol!) && x.TekentToch == true,
                    }, tx);

            var wijken = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var w in Items(b.Wijken))
                wijken[Naam(w)] = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO wijk (programma_id, naam) VALUES (@id, @naam) RETURNING id", new { id, naam = Naam(w) }, tx);

            var doelen = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (s, volgorde) in Items(b.Speerpunten).Select((s, i) => (s, i + 1)))
            {
                var speerpuntId = await c.ExecuteScalarAsync<long>(
                    """INSERT INTO speerpunt (programma_id, naam, "analyse", volgorde) VALUES (@id, @naam, @analyse, @volgorde) RETURNING id""",
                    new { id, naam = Naam(s.Naam), analyse = s.Analyse ?? "", volgorde }, tx);
                foreach (var d in Items(s.Doelstellingen))
                {
                    var doelId = doelen[Naam(d.Naam)] = await c.ExecuteScalarAsync<long>(
                        """
                        INSERT INTO doelstelling (programma_id, speerpunt_id, naam, omschrijving, indicator_naam, indicator_eenheid, indicator_bron,
                                                  hoger_is_beter, meetfrequentie, nulmeting_waarde, nulmeting_jaar, rapporteur_partner_id)
                        VALUES (@id, @speerpuntId, @naam, @omschrijving, @indicatorNaam, @eenheid, @bron, @hogerIsBeter, @meetfrequentie, @waarde, @jaar,
                                @rapporteur)
                        RETURNING id
                        """, new
                        {
                            id, speerpuntId, naam = Naam(d.Naam), omschrijving = d.Omschrijving ?? "", indicatorNaam = d.Indicator!.Naam!.Trim(),
                            eenheid = d.Indicator.Eenheid ?? "", bron = d.Indicator.Bron ?? "", hogerIsBeter = d.Indicator.HogerIsBeter ?? true,
                            meetfrequentie = d.Meetfrequentie ?? "jaarlijks", waarde = d.Nulmeting?.Waarde, jaar = d.Nulmeting?.Jaar,
                            rapporteur = d.Rapporteur is { } rp ? partners[Naam(rp)] : (long?)null,
                        }, tx);
                    await c.ExecuteAsync("INSERT INTO streefwaarde (doelstelling_id, jaar, waarde) VALUES (@doelId, @Jaar, @Waarde)",
                        Items(d.Streefwaarden).Select(x => new { doelId, x.Jaar, x.Waarde }), tx);
                    await c.ExecuteAsync("INSERT INTO realisatie (doelstelling_id, jaar, wijk_id, waarde) VALUES (@doelId, @Jaar, @wijkId, @Waarde)",
                        Items(d.Realisaties).Select(x => new { doelId, x.Jaar, wijkId = x.Wijk is null ? (long?)null : wijken[Naam(x.Wijk)], x.Waarde }), tx);
                }
            }

            var projecten = new Dictionary<string, long>(StringComparer.Ordinal);
            var mijlpalen = new Dictionary<(string Project, string Titel), long>();
            foreach (var x in Items(b.Projecten))
            {
                var trekker = partners[Naam(x.Trekker)];
                var projectId = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO project (programma_id, naam, doel, doorbraak, trekker_partner_id, startdatum, einddatum, status)
                    VALUES (@id, @naam, @doel, @doorbraak, @trekker, @Startdatum, @Einddatum, @Status) RETURNING id
                    """, new
                    {
                        id, naam = Naam(x.Naam), doel = x.Doel ?? "", doorbraak = x.Doorbraak ?? false,
                        trekker, x.Startdatum, x.Einddatum, x.Status
                    }, tx);
                projecten[Naam(x.Naam)] = projectId;
                await c.ExecuteAsync("INSERT INTO project_partner (project_id, partner_id) VALUES (@projectId, @partnerId)",
                    Items(x.Partners).Select(n => partners[Naam(n)]).Prepend(trekker).Distinct().Select(partnerId => new { projectId, partnerId }), tx);
                await c.ExecuteAsync("INSERT INTO project_doelstelling (project_id, doelstelling_id) VALUES (@projectId, @doelId)",
                    Items(x.Doelstellingen).Select(n => new { projectId, doelId = doelen[Naam(n)] }), tx);
                foreach (var m in Items(x.Mijlpalen))
                    mijlpalen[(Naam(x.Naam), m.Titel!.Trim())] = await c.ExecuteScalarAsync<long>(
                        "INSERT INTO mijlpaal (project_id, titel, datum, status, nieuwe_datum) " +
                        "VALUES (@projectId, @titel, @Datum, @Status, @NieuweDatum) RETURNING id",
                        new { projectId, titel = m.Titel!.Trim(), m.Datum, m.Status, m.NieuweDatum }, tx);
                await c.ExecuteAsync("INSERT INTO risico (project_id, omschrijving, kans, impact, maatregel) " +
                    "VALUES (@projectId, @Omschrijving, @Kans, @Impact, @maatregel)",
                    Items(x.Risicos).Select(r => new { projectId, r.Omschrijving, r.Kans, r.Impact, maatregel = r.Maatregel ?? "" }), tx);
                await c.ExecuteAsync("INSERT INTO inzet (project_id, partner_id, jaar, soort, euro, uren) " +
                    "VALUES (@projectId, @partnerId, @Jaar, @Soort, @euro, @uren)",
                    Items(x.Inzet).Select(r => new
                    {
                        projectId, partnerId = partners[Naam(r.Partner)],
                        r.Jaar, r.Soort, euro = r.Euro ?? 0m, uren = r.Uren ?? 0m
                    }), tx);
                foreach (var r in Items(x.Bestedingen))
                    await Uitvoering.WriteBestedingAsync(c, tx, projectId, partners[Naam(r.Partner)], r.Jaar!.Value, r.Euro ?? 0m, r.Uren ?? 0m);
                foreach (var r in Items(x.Jaarstatussen))
                    await Uitvoering.WriteJaarstatusAsync(c, tx, projectId, r.Jaar!.Value, r.Status, r.Toelichting ?? "");
            }

            await c.ExecuteAsync("INSERT INTO basisvoorwaarde (programma_id, volgorde, tekst) VALUES (@id, @volgorde, @tekst)",
                Items(b.Basisvoorwaarden).Select((t, i) => new { id, volgorde = i + 1, tekst = t.Trim() }), tx);
            foreach (var (o, volgorde) in Items(b.Governance).Select((o, i) => (o, i + 1)))
            {
                var orgaanId = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO orgaan (programma_id, naam, mandaat, volgorde) VALUES (@id, @naam, @mandaat, @volgorde) RETURNING id",
                    new { id, naam = Naam(o.Naam), mandaat = o.Mandaat ?? "", volgorde }, tx);
                await c.ExecuteAsync("INSERT INTO orgaan_lid (orgaan_id, volgorde, naam, functie, partner_id) " +
                    "VALUES (@orgaanId, @volgorde, @naam, @functie, @partnerId)",
                    Items(o.Leden).Select((l, i) => new
                    {
                        orgaanId, volgorde = i + 1, naam = l.Naam!.Trim(), functie = l.Functie ?? "",
                        partnerId = l.Partner is null ? (long?)null : partners[Naam(l.Partner)]
                    }), tx);
            }

            foreach (var rd in Items(b.Rapportagerondes))
                await ImportRondeAsync(c, tx, id, rd, partners, wijken, doelen, projecten, mijlpalen);

            foreach (var h in Items(b.Hoofdstukken))
            {
                await c.ExecuteAsync("INSERT INTO hoofdstuk (programma_id, soort, tekst) VALUES (@id, @Soort, @tekst)",
                    new { id, h.Soort, tekst = (h.Tekst ?? "").TrimEnd() }, tx);
                await SaveHoofdstuk.WriteDelenAsync(c, tx, id, h.Soort!, Items(h.Velden).Select(v => (v.Naam!, v.Waarde)),
                    Items(h.Rows).Select(r => Items(r.Cellen).Select(v => (v.Naam!, v.Waarde))));
            }
            await c.ExecuteAsync("INSERT INTO eigen_hoofdstuk (programma_id, titel, plaats, tekst, volgorde) VALUES (@id, @titel, @Na, @tekst, @volgorde)",
                Items(b.EigenHoofdstukken).Select((h, i) => new { id, titel = Naam(h.Titel), h.Na, tekst = (h.Tekst ?? "").TrimEnd(), volgorde = i + 1 }), tx);

            await ImportLerenAsync(c, tx, id, b, partners, wijken);

            await Lidmaatschappen.MaakFacilitatorAsync(c, tx, user, id);
            await tx.CommitAsync(ct);
            return new Result(id, naam);
        }

        /// <summary>A round with its rapportages as they were: figures, status and steps, written directly (a step is never redone).</summary>
        private async Task ImportRondeAsync(DbConnection c, DbTransaction tx, long id, Rapportageronde rd,
            Dictionary<string, long> partners, Dictionary<string, long> wijken, Dictionary<string, long> doelen,
            Dictionary<string, long> projecten, Dictionary<(string Project, string Titel), long> mijlpalen)
        {
            var rondeId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO rapportageronde (programma_id, jaar, uiterlijk, toelichting, geopend_op, geopend_door, gesloten_op)
                VALUES (@id, @Jaar, @Uiterlijk, @toelichting, @GeopendOp, @door, @GeslotenOp) RETURNING id
                """, new
                {
                    id, rd.Jaar, rd.Uiterlijk, toelichting = rd.Toelichting ?? "", rd.GeopendOp,
                    door = string.IsNullOrWhiteSpace(rd.GeopendDoor) ? user.Naam : rd.GeopendDoor.Trim(), rd.GeslotenOp
                }, tx);
            foreach (var r in Items(rd.Rapportages))
            {
                var rapportageId = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO rapportage (ronde_id, partner_id, status) VALUES (@rondeId, @partnerId, @Status) RETURNING id",
                    new { rondeId, partnerId = partners[Naam(r.Partner)], r.Status }, tx);
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_realisatie (rapportage_id, doelstelling_id, wijk_id, waarde) VALUES (@rapportageId, @doelId, @wijkId, @Waarde)",
                    Items(r.Realisaties).Select(x => new
                    {
                        rapportageId, doelId = doelen[Naam(x.Doelstelling)], wijkId = x.Wijk is null ? (long?)null : wijken[Naam(x.Wijk)], x.Waarde
                    }), tx);
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_besteding (rapportage_id, project_id, euro, uren) VALUES (@rapportageId, @projectId, @euro, @uren)",
                    Items(r.Bestedingen).Select(x => new
                    {
                        rapportageId, projectId = projecten[Naam(x.Project)], euro = x.Euro ?? 0m, uren = x.Uren ?? 0m
                    }), tx);
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_projectstatus (rapportage_id, project_id, status, toelichting) " +
                    "VALUES (@rapportageId, @projectId, @Status, @toelichting)",
                    Items(r.Projectstatussen).Select(x => new
                    {
                        rapportageId, projectId = projecten[Naam(x.Project)], x.Status, toelichting = x.Toelichting ?? ""
                    }), tx);
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_mijlpaal (rapportage_id, mijlpaal_id, status, nieuwe_datum) " +
                    "VALUES (@rapportageId, @mijlpaalId, @Status, @NieuweDatum)",
                    Items(r.Mijlpalen).Select(x => new
                    {
                        rapportageId, mijlpaalId = mijlpalen[(Naam(x.Project), Naam(x.Mijlpaal))], x.Status, x.NieuweDatum
                    }), tx);
                await c.ExecuteAsync(
                    "INSERT INTO rapportage_stap (rapportage_id, stap, reden, door, op) VALUES (@rapportageId, @Stap, @reden, @door, @Op)",
                    Items(r.Stappen).Select(x => new { rapportageId, x.Stap, reden = x.Reden ?? "", door = x.Door!.Trim(), x.Op }), tx);
            }
        }

        /// <summary>The learning coalition: groups with members, ontwikkelopgaven, stories with their links, the maatwerk regeling and casussen.</summary>
        private static async Task ImportLerenAsync(DbConnection c, DbTransaction tx, long id, Bestand b,
            Dictionary<string, long> partners, Dictionary<string, long> wijken)
        {
            static string Of(string? s) => (s ?? "").Trim();
            var groepen = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (g, volgorde) in Items(b.Verbondsgroepen).Select((g, i) => (g, i + 1)))
            {
                var groepId = groepen[Naam(g.Naam)] = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO verbondsgroep (programma_id, naam, wijk_id, maatwerkbudget, volgorde) " +
                    "VALUES (@id, @naam, @wijkId, @Maatwerkbudget, @volgorde) RETURNING id",
                    new { id, naam = Naam(g.Naam), wijkId = g.Wijk is null ? (long?)null : wijken[Naam(g.Wijk)], g.Maatwerkbudget, volgorde }, tx);
                await c.ExecuteAsync(
                    "INSERT INTO groepslid (verbondsgroep_id, naam, soort, partner_id, organisatie, discipline, aanjager) " +
                    "VALUES (@groepId, @naam, @Soort, @partnerId, @organisatie, @discipline, @aanjager)",
                    Items(g.Leden).Select(l => new
                    {
                        groepId, naam = Naam(l.Naam), l.Soort, partnerId = l.Partner is null ? (long?)null : partners[Naam(l.Partner)],
                        organisatie = Of(l.Organisatie), discipline = Of(l.Discipline), aanjager = l.Aanjager == true,
                    }), tx);
            }
            long? Groep(string? naam) => naam is null ? null : groepen[Naam(naam)];

            var opgaven = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (o, volgorde) in Items(b.Ontwikkelopgaven).Select((o, i) => (o, i + 1)))
                opgaven[Naam(o.Titel)] = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO ontwikkelopgave (programma_id, titel, vraag, terrein, verbondsgroep_id, bevindingen, aanbeveling, status, volgorde)
                    VALUES (@id, @titel, @vraag, @terrein, @groepId, @bevindingen, @aanbeveling, @status, @volgorde) RETURNING id
                    """, new
                    {
                        id, titel = Naam(o.Titel), vraag = Of(o.Vraag), terrein = Of(o.Terrein), groepId = Groep(o.Verbondsgroep),
                        bevindingen = (o.Bevindingen ?? "").TrimEnd(), aanbeveling = (o.Aanbeveling ?? "").TrimEnd(), status = o.Status ?? "open", volgorde,
                    }, tx);

            foreach (var v in Items(b.Verhalen))
            {
                var verhaalId = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO verhaal (programma_id, titel, tekst, verteller, verbondsgroep_id, opgetekend_op) " +
                    "VALUES (@id, @titel, @tekst, @Verteller, @groepId, @OpgetekendOp) RETURNING id",
                    new { id, titel = Naam(v.Titel), tekst = v.Tekst!.TrimEnd(), v.Verteller, groepId = Groep(v.Verbondsgroep), v.OpgetekendOp }, tx);
                await c.ExecuteAsync("INSERT INTO verhaal_bestaanszekerheid (verhaal_id, bestaanszekerheid) VALUES (@verhaalId, @z)",
                    Items(v.Bestaanszekerheden).Select(z => new { verhaalId, z }), tx);
                await c.ExecuteAsync("INSERT INTO verhaal_ontwikkelopgave (verhaal_id, ontwikkelopgave_id) VALUES (@verhaalId, @opgaveId)",
                    Items(v.Ontwikkelopgaven).Select(o => new { verhaalId, opgaveId = opgaven[Naam(o)] }), tx);
            }

            if (b.Maatwerk is not { } m) return;
            await c.ExecuteAsync(
                "INSERT INTO maatwerkregeling (programma_id, plafond_per_casus, bedragen_voor_lezers) VALUES (@id, @PlafondPerCasus, @lezers)",
                new { id, m.PlafondPerCasus, lezers = m.BedragenVoorLezers == true }, tx);
            await c.ExecuteAsync(
                """
                INSERT INTO maatwerkcasus (programma_id, verbondsgroep_id, omschrijving, bedrag, regel, besloten_door, tweede_beslisser, besloten_op)
                VALUES (@id, @groepId, @omschrijving, @bedrag, @regel, @beslotenDoor, @tweede, @BeslotenOp)
                """,
                Items(m.Casussen).Select(x => new
                {
                    id, groepId = Groep(x.Verbondsgroep), omschrijving = x.Omschrijving!.TrimEnd(), bedrag = x.Bedrag ?? 0m, regel = Of(x.Regel),
                    beslotenDoor = Naam(x.BeslotenDoor), tweede = Of(x.TweedeBeslisser), x.BeslotenOp,
                }), tx);
        }

        private static string BestaatAl(string naam) =>
            $"Er bestaat al een programma met de naam '{naam}'. Hernoem of verwijder dat programma, of pas de naam in het bestand aan.";

        /// <summary>A checked file has no null items; this only satisfies the compiler.</summary>
        private static IEnumerable<T> Items<T>(IReadOnlyList<T?>? items) where T : class => (items ?? []).OfType<T>();
    }
}
