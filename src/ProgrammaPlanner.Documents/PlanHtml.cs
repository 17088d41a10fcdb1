using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plan = ProgrammaPlanner.Core.Programmaplan.GetProgrammaplan;

namespace ProgrammaPlanner.Documents;

/// <summary>Renders <see cref="Programmaplan"/> to an HTML string outside any request (HtmlRenderer).</summary>
public sealed class PlanHtml(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync(Plan.Programmaplan plan, PlanOpties opties, Verslag.PlanBijlage? bijlage = null,
        Wijzigingen.WijzigingenBijlage? wijzigingen = null)
    {
        // A singleton, but the renderer needs scoped component services: give each render its own scope.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(Programmaplan.Plan)] = plan,
                [nameof(Programmaplan.Opties)] = opties,
                [nameof(Programmaplan.Bijlage)] = bijlage,
                [nameof(Programmaplan.Wijzigingen)] = wijzigingen,
            });
            var output = await renderer.RenderComponentAsync<Programmaplan>(parameters);
            return output.ToHtmlString();
        });
    }
}
