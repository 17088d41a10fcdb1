using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Tests.Gebruikers;

namespace ProgrammaPlanner.Core.Tests.Pipeline;

/// <summary>
/// Every string a command carries, also in its nested records and lists, has a limit: a value longer than any limit is
/// refused by the command's validators on that very field. A new command or field without one fails here.
/// </summary>
public class TekstgrenzenTests
{
    /// <summary>Strings that are never stored as sent, so they need no limit of their own.</summary>
    private static readonly Dictionary<string, string> NietOpgeslagen = new(StringComparer.Ordinal)
    {
        ["Apparaat"] = "reduced to a short description ('Firefox op Linux') before it is stored",
        ["Token"] = "only its SHA-256 is looked up",
        ["SessieId"] = "only looked up",
        ["Huidig"] = "the current password, only compared with the stored hash",
    };

    /// <summary>Fields whose problems are reported under another name: the import's JSON is "bestand", like its other file problems.</summary>
    private static readonly Dictionary<string, string> GemeldAls = new(StringComparer.Ordinal) { ["bestand"] = "Json" };

    /// <summary>Longer than every limit, the import's file size included.</summary>
    private static readonly string TeLang = new('a', Tekstgrenzen.ImportBytes + 1);

    private static IEnumerable<TestCaseData> Commands => Requests.Alle
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
        .Select(t => new TestCaseData(t).SetName($"EveryString_HasALimit({Requests.Naam(t)})"));

    [TestCaseSource(nameof(Commands))]
    public async Task EveryString_HasALimit(Type command)
    {
        await using var app = TestApp.Create();
        var validators = app.Services.GetServices(typeof(IValidator<>).MakeGenericType(command)).Cast<IValidator>().ToList();
        var zonderGrens = new List<string>();

        foreach (var pad in StringPaden(command, "").Where(p => !NietOpgeslagen.ContainsKey(p.Split('.').Last())))
        {
            var fouten = new List<FluentValidation.Results.ValidationFailure>();
            foreach (var v in validators)
                fouten.AddRange((await v.ValidateAsync(new ValidationContext<object>(Maak(command, "", pad)))).Errors);
            if (!fouten.Any(f => Raakt(f.PropertyName, pad))) zonderGrens.Add(pad);
        }

        Assert.That(zonderGrens, Is.Empty, $"{Requests.Naam(command)} accepts a text of {TeLang.Length} characters in these fields");
    }

    /// <summary>
    /// "Leden[0].Naam" is about "Leden.Naam"; a nested command reports its own names ("Naam" for "Project.Naam"); a rule
    /// on a whole list item ("Lidmaatschappen[0]") covers its fields.
    /// </summary>
    private static bool Raakt(string propertyName, string pad)
    {
        var veld = Regex.Replace(propertyName, @"\[\d+\]", "");
        veld = GemeldAls.GetValueOrDefault(veld, veld);
        return veld != "" && (veld == pad || pad.EndsWith("." + veld, StringComparison.Ordinal) || pad.StartsWith(veld + ".", StringComparison.Ordinal));
    }

    /// <summary>Every string property, as a path: "Naam", "Leden.Naam", "Project.Naam".</summary>
    private static IEnumerable<string> StringPaden(Type t, string voor)
    {
        foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var type = Element(p.PropertyType) ?? p.PropertyType;
            if (type == typeof(string)) yield return voor + p.Name;
            else if (type.Assembly == t.Assembly && !type.IsValueType)
                foreach (var pad in StringPaden(type, $"{voor}{p.Name}.")) yield return pad;
        }
    }

    private static Type? Element(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : null;

    /// <summary>An instance with ordinary values ("x", a list of one) and <see cref="TeLang"/> at <paramref name="doel"/>.</summary>
    private static object Maak(Type t, string pad, string doel)
    {
        var ctor = t.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return ctor.Invoke([.. ctor.GetParameters().Select(p => Waarde(p.ParameterType, pad + p.Name, doel))]);
    }

    private static object? Waarde(Type type, string pad, string doel)
    {
        if (type == typeof(string)) return pad == doel ? TeLang : "x";
        if (Element(type) is { } e)
        {
            var lijst = Array.CreateInstance(e, 1);
            lijst.SetValue(Waarde(e, pad, doel), 0);
            return lijst;
        }
        if (type == typeof(DateOnly)) return new DateOnly(2026, 1, 1);
        if (Nullable.GetUnderlyingType(type) is { } onder) return Waarde(onder, pad, doel);
        if (type.IsValueType) return Activator.CreateInstance(type);
        if (type.Assembly == typeof(ICommand<>).Assembly) return Maak(type, pad + ".", doel);
        return null;
    }
}
