using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MediatR;
using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Documents;
using ProgrammaPlanner.Documents.Pdf;
using ProgrammaPlanner.Documents.Verslag;

namespace ProgrammaPlanner.Web.Endpoints;

/// <summary>Downloads per session: the calendar invitation (.ics) and the verslag (HTML preview, PDF, DOCX).</summary>
public static class BijeenkomstenEndpoints
{
    public static IEndpointRouteBuilder MapBijeenkomsten(this IEndpointRouteBuilder app)
    {
        app.MapGet("/programmas/{programmaId:long}/bijeenkomsten/{bijeenkomstId:long}/agenda.ics", (long programmaId, long bijeenkomstId, IMediator mediator,
            ILogger<VerslagExport> log) =>
            Downloads.VeiligAsync(log, "de agenda-uitnodiging", async () =>
            {
                var b = await mediator.Send(new GetBijeenkomst.Query(programmaId, bijeenkomstId));
                return Results.File(System.Text.Encoding.UTF8.GetBytes(Agenda(b)), "text/calendar; charset=utf-8", $"bijeenkomst-{b.Id}.ics");
            }));
        var verslag = app.MapGroup("/programmas/{programmaId:long}/bijeenkomsten/{bijeenkomstId:long}");
        verslag.MapGet("/verslag.html", (long programmaId, long bijeenkomstId, VerslagExport export, ILogger<VerslagExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het verslag", async () => Results.Content(await export.HtmlAsync(programmaId, bijeenkomstId, ct),
                "text/html; charset=utf-8")));
        verslag.MapGet("/verslag.pdf", (long programmaId, long bijeenkomstId, VerslagExport export, ILogger<VerslagExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het verslag", async () => Bestand(await export.PdfAsync(programmaId, bijeenkomstId, ct))));
        verslag.MapGet("/verslag.docx", (long programmaId, long bijeenkomstId, VerslagExport export, ILogger<VerslagExport> log, CancellationToken ct) =>
            Downloads.VeiligAsync(log, "het verslag", async () => Bestand(await export.DocxAsync(programmaId, bijeenkomstId, ct))));
        return app;
    }

    private static IResult Bestand(PlanBestand b) => Results.File(b.Inhoud, b.ContentType, b.Bestandsnaam);

    /// <summary>
    /// One VEVENT in local Amsterdam time (DTSTART;TZID=Europe/Amsterdam) with the VTIMEZONE that defines that zone, so a
    /// calendar that does not know the name (Outlook) still places the session at the right hour; the UID is stable so a
    /// second download updates the same appointment.
    /// </summary>
    public static string Agenda(GetBijeenkomst.Bijeenkomst b)
    {
        const string zone = "Europe/Amsterdam";
        var calendar = new Calendar { ProductId = "-//ProgrammaPlanner//Bijeenkomsten//NL" };
        // The zone's rules from a year before the session, so the summer and winter time around its date are described.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone, b.Datum.AddYears(-1).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"bijeenkomst-{b.ProgrammaId}-{b.Id}@programmaplanner",
            Summary = IcsTekst(b.Titel),
            Location = IcsTekst(b.Locatie),
            Description = IcsTekst(string.Join("\n\n", new[] { b.Vraagstelling, b.Agenda }.Where(t => !string.IsNullOrWhiteSpace(t)))),
            DtStart = new CalDateTime(b.Datum, b.BegintijdAlsTijd, zone),
            DtEnd = new CalDateTime(b.Datum, b.EindtijdAlsTijd, zone),
            Sequence = b.Version,
        });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>
    /// RFC 5545 allows no control characters in TEXT except as escapes: old data may hold them (U+000B, NUL), so they
    /// are left out; line breaks become one \n, which the serializer escapes, and it folds long lines.
    /// </summary>
    private static string IcsTekst(string tekst) =>
        new(tekst.Replace("\r\n", "\n").Replace('\r', '\n').Where(c => c == '\n' || !char.IsControl(c)).ToArray());
}
