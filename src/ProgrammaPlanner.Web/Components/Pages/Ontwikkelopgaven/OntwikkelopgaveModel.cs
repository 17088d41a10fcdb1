using ProgrammaPlanner.Core.Ontwikkelopgaven;

namespace ProgrammaPlanner.Web.Components.Pages.Ontwikkelopgaven;

/// <summary>What the forms of an ontwikkelopgave edit; property names match the commands', so the core's field messages land here.</summary>
public sealed class OntwikkelopgaveModel
{
    public string Titel { get; set; } = "";
    public string Vraag { get; set; } = "";
    public string Terrein { get; set; } = "";
    public long? VerbondsgroepId { get; set; }
    public string Bevindingen { get; set; } = "";
    public string Aanbeveling { get; set; } = "";
    public int Version { get; set; }

    public static OntwikkelopgaveModel Van(GetOntwikkelopgave.Ontwikkelopgave o) => new()
    {
        Titel = o.Titel, Vraag = o.Vraag, Terrein = o.Terrein, VerbondsgroepId = o.VerbondsgroepId, Bevindingen = o.Bevindingen,
        Aanbeveling = o.Aanbeveling, Version = o.Version,
    };
}
