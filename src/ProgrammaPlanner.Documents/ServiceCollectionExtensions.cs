using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Documents.Pdf;

namespace ProgrammaPlanner.Documents;

public static class ServiceCollectionExtensions
{
    /// <summary>The programmaplan and voortgangsrapportage outputs: HTML, PDF (one warm Chromium per process) and DOCX.</summary>
    public static IServiceCollection AddProgrammaplanDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.AddSingleton(PdfSettings.Uit(configuration));
        services.AddSingleton<PdfPrinter>();
        services.AddSingleton<PlanHtml>();
        services.AddSingleton<PlanPdf>();
        services.AddScoped<ProgrammaplanExport>();
        services.AddScoped<Versiedocumenten>();
        services.AddScoped<Voortgang.VoortgangExport>();
        services.AddScoped<Ontwikkelopgaven.BevindingenExport>(); // the findings of an ontwikkelopgave
        return services;
    }
}
