using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Web.Components.Pages.Projecten;

/// <summary>The project form's model: property names equal the commands' parameter names, so the core's field messages land here.</summary>
public sealed class ProjectModel
{
    public string Naam { get; set; } = "";
    public string Doel { get; set; } = "";
    public bool Doorbraak { get; set; }
    public long TrekkerPartnerId { get; set; }
    public HashSet<long> PartnerIds { get; set; } = [];
    public HashSet<long> DoelstellingIds { get; set; } = [];
    public DateTime? Startdatum { get; set; }
    public DateTime? Einddatum { get; set; }
    public string Status { get; set; } = "idee";
    public int Version { get; set; }

    public static ProjectModel Nieuw(int startjaar, int eindjaar) => new()
    {
        Startdatum = new DateTime(startjaar, 1, 1), Einddatum = new DateTime(eindjaar, 12, 31),
    };

    public static ProjectModel Van(GetProject.Project p) => new()
    {
        Naam = p.Naam, Doel = p.Doel, Doorbraak = p.Doorbraak, TrekkerPartnerId = p.TrekkerPartnerId,
        PartnerIds = p.Partners.Select(x => x.Id).ToHashSet(), DoelstellingIds = p.Doelstellingen.Select(x => x.Id).ToHashSet(),
        Startdatum = p.Startdatum.ToDateTime(TimeOnly.MinValue), Einddatum = p.Einddatum.ToDateTime(TimeOnly.MinValue), Status = p.Status, Version = p.Version,
    };
}
