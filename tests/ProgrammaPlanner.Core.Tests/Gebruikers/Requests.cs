using System.Reflection;
using MediatR;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Gebruikers;

/// <summary>Every request type of the core, found by reflection, and a way to make and send one with placeholder arguments.</summary>
public static class Requests
{
    public static readonly IReadOnlyList<Type> Alle = typeof(ICommand<>).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false } && AntwoordType(t) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<Type> ProgrammaGebonden => Alle.Where(t => typeof(IProgrammaScoped).IsAssignableFrom(t));

    /// <summary>"CreateProject.Command" for test names and messages.</summary>
    public static string Naam(Type t) => t.DeclaringType is { } d ? $"{d.Name}.{t.Name}" : t.Name;

    private static Type? AntwoordType(Type t) =>
        t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))?.GetGenericArguments()[0];

    /// <summary>
    /// An instance whose ProgrammaId is <paramref name="programmaId"/> and whose other arguments point at nothing
    /// (ids 0, empty texts and lists): enough to pass or fail the authorization behavior, and harmless after it.
    /// </summary>
    public static object Create(Type t, long programmaId)
    {
        var ctor = t.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return ctor.Invoke(ctor.GetParameters().Select(p => Waarde(p, programmaId)).ToArray());
    }

    private static object? Waarde(ParameterInfo p, long programmaId)
    {
        var type = p.ParameterType;
        if (p.Name == "ProgrammaId") return programmaId;
        if (Nullable.GetUnderlyingType(type) is not null || new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable) return null;
        if (type == typeof(string)) return "";
        if (type == typeof(DateOnly)) return new DateOnly(2026, 1, 1);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        if (type.IsValueType) return Activator.CreateInstance(type);
        return null;
    }

    /// <summary>Sends a request of a type known only at run time through the real mediator of <paramref name="als"/>.</summary>
    public static async Task SendAsync(Namens als, object request)
    {
        var antwoord = AntwoordType(request.GetType())!;
        var send = typeof(Namens).GetMethod(nameof(Namens.SendAsync))!.MakeGenericMethod(antwoord);
        await (Task)send.Invoke(als, [request])!;
    }
}
