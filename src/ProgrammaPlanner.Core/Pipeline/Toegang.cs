using System.Reflection;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>What a request needs of its caller. Checked by <see cref="AuthorizationBehavior{TRequest,TResponse}"/>.</summary>
public enum Recht
{
    /// <summary>Anyone, signed in or not: signing in, accepting a link, a participant joining a session by code.</summary>
    Iedereen,
    /// <summary>Any signed-in user (their own account, their own list of programmes).</summary>
    Aangemeld,
    /// <summary>A system beheerder: programmes and users of the installation.</summary>
    Beheerder,
    /// <summary>Any member of the programma: facilitator, redacteur, bestuurder, lezer.</summary>
    Lezen,
    /// <summary>Facilitator or redacteur: the content of the plan.</summary>
    Bewerken,
    /// <summary>Facilitator: members, sessions, versions and decisions about the process.</summary>
    Faciliteren,
    /// <summary>Bestuurder: approve or reject a plan version for their partner.</summary>
    Besluiten,
    /// <summary>Only the installation itself (command line, sample loader), never a browser.</summary>
    Systeem,
}

/// <summary>
/// Declares what a request needs. Without it: a programma-scoped command needs <see cref="Recht.Bewerken"/>, a
/// programma-scoped query <see cref="Recht.Lezen"/>, and any other request is refused (fail closed).
/// <see cref="OokBeheerder"/> lets a beheerder who is no member through as well (managing members of any programma).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class VereistAttribute(Recht recht) : Attribute
{
    public Recht Recht { get; } = recht;
    public bool OokBeheerder { get; init; }
}

public static class Toegang
{
    /// <summary>The declared or default requirement of a request type; null means: no rule, refuse.</summary>
    public static VereistAttribute? Voor(Type requestType)
    {
        if (requestType.GetCustomAttribute<VereistAttribute>() is { } declared) return declared;
        if (!typeof(IProgrammaScoped).IsAssignableFrom(requestType)) return null;
        var isCommand = requestType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));
        return new VereistAttribute(isCommand ? Recht.Bewerken : Recht.Lezen);
    }

    /// <summary>The membership roles that satisfy a programma right.</summary>
    public static bool Past(Recht recht, string? rol) => recht switch
    {
        Recht.Lezen => rol is not null,
        Recht.Bewerken => rol is ProgrammaRol.Facilitator or ProgrammaRol.Redacteur,
        Recht.Faciliteren => rol is ProgrammaRol.Facilitator,
        Recht.Besluiten => rol is ProgrammaRol.Bestuurder,
        _ => false,
    };

    public static string Omschrijving(Recht recht) => recht switch
    {
        Recht.Bewerken => "een facilitator of redacteur",
        Recht.Faciliteren => "een facilitator",
        Recht.Besluiten => "een bestuurder",
        _ => "een lid",
    };
}
