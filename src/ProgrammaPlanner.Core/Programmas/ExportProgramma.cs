using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Programmaplan;
using static ProgrammaPlanner.Core.Programmas.ProgrammaBestand;

namespace ProgrammaPlanner.Core.Programmas;

/// <summary>The whole programma as a <see cref="ProgrammaBestand"/> JSON text, built from the programmaplan read model.</summary>
public static class ExportProgramma
{
    public sealed record Query(long ProgrammaId) : IRequest<string>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Query, string>
    {
        public async Task<string> Handle(Query query, CancellationToken ct)
        {
            GetProgrammaplan.Programmaplan plan;
            await using (var c = await db.OpenAsync(ct))
            await using (var tx = c.BeginTransaction(deferred: true))
                plan = await GetProgrammaplan.LoadAsync(c, tx, query.ProgrammaId);
            var p = plan.Programma;
            return Schrijf(new Bestand(
                Formaat,
                new Gegevens(p.Naam, p.Motto, p.Gebied, p.Startjaar, p.Eindjaar, p.Fase, p.Aanleiding, p.Ambitie),
                plan.Partners.Select(x => new Partner(
                    x.Naam, x.Soort, x.Rol, x.Contactpersoon, x.Email, x.BestuurderNaam, x.BestuurderFunctie, x.Plaats)).ToList(),
                plan.Wijken.Select(w => w.Naam).ToList(),
                plan.Speerpunten.Select(s => new Speerpunt(s.Naam, s.Analyse, s.Doelstellingen.Select(d => new Doelstelling(
                    d.Naam, d.Omschrijving,
                    new Indicator(d.IndicatorNaam, d.IndicatorEenheid, d.IndicatorBron, d.HogerIsBeter),
                    d.Meetfrequentie,
                    d.NulmetingWaarde is null && d.NulmetingJaar is null ? null : new Nulmeting(d.NulmetingWaarde, d.NulmetingJaar),
                    d.Streefwaarden.Select(w => new Jaarwaarde(w.Jaar, w.Waarde)).ToList(),
                    d.Realisaties.Select(r => new Realisatie(r.Jaar, r.Wijk, r.Waarde)).ToList())).ToList())).ToList(),
                plan.Projecten.Select(x => new Project(
                    x.Naam, x.Doel, x.Doorbraak, x.Status, x.Trekker,
                    x.Partners.Where(n => n != x.Trekker).ToList(), // the trekker is implicitly a partner
                    x.Doelstellingen.ToList(),
                    Datum(x.Startdatum), Datum(x.Einddatum),
                    x.Mijlpalen.Select(m => new Mijlpaal(m.Titel, Datum(m.Datum), m.Status)).ToList(),
                    x.Risicos.Select(r => new Risico(r.Omschrijving, r.Kans, r.Impact, r.Maatregel)).ToList(),
                    x.Inzet.Select(i => new Inzet(i.Partner, i.Jaar, i.Soort, i.Euro, i.Uren)).ToList())).ToList(),
                plan.Basisvoorwaarden.ToList(),
                plan.Organen.Select(o => new Orgaan(o.Naam, o.Mandaat, o.Leden.Select(l => new Lid(l.Naam, l.Functie, l.Partner)).ToList())).ToList()));
        }
    }
}
