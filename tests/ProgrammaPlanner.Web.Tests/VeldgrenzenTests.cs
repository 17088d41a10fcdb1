using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Internal;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Partners;
using ProgrammaPlanner.Core.Programmas;
using ProgrammaPlanner.Core.Projecten;

namespace ProgrammaPlanner.Web.Tests;

/// <summary>
/// One field, one limit: what the form lets be typed (MaxLength), what the command accepts (its validator) and what
/// the import accepts (ImportGrenzen) are the same number for the same field. Each side is measured, not read from a
/// name: the longest text that passes and one character more that is refused.
/// </summary>
public partial class VeldgrenzenTests
{
    /// <param name="Pagina">The form, relative to the web project.</param>
    /// <param name="Model">The form's model expression and property, as in <c>For="@(() => _model.Naam)"</c>.</param>
    /// <param name="Opdracht">The command the form sends.</param>
    /// <param name="Eigenschap">The command's property for the field.</param>
    /// <param name="Import">The import file with the field set to the text ({0}), and the key the import's refusal uses.</param>
    public sealed record Veld(string Pagina, string Model, Type Opdracht, string Eigenschap, string Import, string Sleutel)
    {
        public override string ToString() => $"{Opdracht.DeclaringType!.Name}.{Eigenschap}";
    }

    private const string ProgrammaEdit = "Components/Pages/Programmas/ProgrammaEdit.razor";
    private const string PartnerForm = "Components/Pages/Partners/PartnerForm.razor";
    private const string ProjectForm = "Components/Pages/Projecten/ProjectForm.razor";
    private const string DoelstellingForm = "Components/Pages/Doelstellingen/DoelstellingForm.razor";

    public static IEnumerable<Veld> Velden()
    {
        foreach (var (prop, key) in new[] { ("Naam", "naam"), ("Motto", "motto"), ("Gebied", "gebied"), ("Aanleiding", "aanleiding"), ("Ambitie", "ambitie") })
            yield return new(ProgrammaEdit, $"_model.{prop}", typeof(UpdateProgramma.Command), prop,
                $$$"""{"programma":{"{{{key}}}":"{0}"}}""", $"programma.{key}");
        foreach (var (prop, key) in new[]
                 {
                     ("Naam", "naam"), ("Contactpersoon", "contactpersoon"), ("BestuurderNaam", "bestuurderNaam"),
                     ("BestuurderFunctie", "bestuurderFunctie"), ("Plaats", "plaats"),
                 })
            yield return new(PartnerForm, $"_model.{prop}", typeof(AddPartner.Command), prop,
                $$$"""{"partners":[{"{{{key}}}":"{0}"}]}""", $"partners[0].{key}");
        foreach (var (prop, key) in new[] { ("Naam", "naam"), ("Doel", "doel") })
            yield return new(ProjectForm, $"Model.{prop}", typeof(UpdateProject.Command), prop,
                $$$"""{"projecten":[{"{{{key}}}":"{0}"}]}""", $"projecten[0].{key}");
        foreach (var (prop, pad, key) in new[]
                 {
                     ("Naam", "naam", "naam"), ("Omschrijving", "omschrijving", "omschrijving"), ("IndicatorNaam", "indicator", "indicator.naam"),
                 })
        {
            var waarde = pad == "indicator" ? """{"naam":"{0}"}""" : "\"{0}\"";
            yield return new(DoelstellingForm, $"Model.{prop}", typeof(UpdateDoelstelling.Command), prop,
                $$$"""{"speerpunten":[{"doelstellingen":[{"{{{pad}}}":{{{waarde}}}}]}]}""", $"speerpunten[0].doelstellingen[0].{key}");
        }
    }

    [TestCaseSource(nameof(Velden))]
    public void SameField_SameLimit_InTheForm_TheCommand_AndTheImport(Veld veld)
    {
        var formulier = InDeUi(veld);
        Assert.Multiple(() =>
        {
            Assert.That(AcceptedByTheCommand(veld, formulier), Is.True, $"the command refuses {formulier} characters, the form allows them");
            Assert.That(AcceptedByTheCommand(veld, formulier + 1), Is.False, $"the command accepts {formulier + 1} characters, the form stops at {formulier}");
            Assert.That(AcceptedByTheImport(veld, formulier), Is.True, $"the import refuses {formulier} characters, the form allows them");
            Assert.That(AcceptedByTheImport(veld, formulier + 1), Is.False, $"the import accepts {formulier + 1} characters, the form stops at {formulier}");
        });
    }

    /// <summary>The MaxLength of the form's field for the model property (a Tekstgrenzen constant, as TekstgrenzenTests demands).</summary>
    private static int InDeUi(Veld veld)
    {
        var razor = File.ReadAllText(Path.Combine(AppProcess.WebProjectFolder, veld.Pagina));
        var tag = Regex.Match(razor, $"""<Mud\w+\b(?:(?!/>).)*?For="@\(\(\) => {Regex.Escape(veld.Model)}\)"(?:(?!/>).)*/>""", RegexOptions.Singleline);
        Assert.That(tag.Success, $"{veld.Pagina}: no field For=\"@(() => {veld.Model})\"");
        var grens = MaxLength().Match(tag.Value);
        Assert.That(grens.Success, $"{veld.Pagina}: {tag.Value}");
        return (int)typeof(Tekstgrenzen).GetField(grens.Groups[1].Value)!.GetRawConstantValue()!;
    }

    /// <summary>Only the field's own rules run: the other properties are left empty.</summary>
    private static bool AcceptedByTheCommand(Veld veld, int lengte)
    {
        var opdracht = RuntimeHelpers.GetUninitializedObject(veld.Opdracht);
        veld.Opdracht.GetProperty(veld.Eigenschap)!.SetValue(opdracht, new string('a', lengte));
        var validator = (IValidator)Activator.CreateInstance(veld.Opdracht.DeclaringType!.GetNestedType("Validator")!)!;
        var context = new ValidationContext<object>(opdracht, new PropertyChain(), new MemberNameValidatorSelector([veld.Eigenschap]));
        return validator.Validate(context).Errors.All(e => e.PropertyName != veld.Eigenschap);
    }

    private static bool AcceptedByTheImport(Veld veld, int lengte)
    {
        var bestand = ProgrammaBestand.Lees(veld.Import.Replace("{0}", new string('a', lengte), StringComparison.Ordinal), out var fout);
        Assert.That(bestand, Is.Not.Null, fout);
        return !ImportGrenzen.Controleer(bestand!).ContainsKey(veld.Sleutel);
    }

    [GeneratedRegex("""MaxLength="@Tekstgrenzen\.(\w+)"(?!\w)""")]
    private static partial Regex MaxLength();
}
