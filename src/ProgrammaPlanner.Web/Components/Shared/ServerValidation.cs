using System.Collections;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Web.Components.Shared;

/// <summary>
/// Puts the core's <see cref="ValidationException"/> (field → Dutch messages) into the surrounding form's
/// EditContext, so each message appears at its field. Place inside an EditForm/MudForm with an EditContext;
/// the form model's property names match the command's (Naam, Startjaar, ...). Messages for fields the form
/// does not show are returned so the caller can show them elsewhere.
/// </summary>
public sealed partial class ServerValidation : ComponentBase, IDisposable
{
    private ValidationMessageStore? _store;
    private EditContext? _context;

    [CascadingParameter] private EditContext? CurrentEditContext { get; set; }

    /// <summary>The form's EditContext (for <see cref="UnreadableInput"/>).</summary>
    public EditContext? Context => _context;

    protected override void OnParametersSet()
    {
        if (CurrentEditContext == _context) return;
        Detach();
        _context = CurrentEditContext ?? throw new InvalidOperationException("ServerValidation moet binnen een formulier met een EditContext staan.");
        _store = new ValidationMessageStore(_context);
        _context.OnValidationRequested += ClearAll;
        _context.OnFieldChanged += ClearField;
    }

    /// <summary>Shows the messages at their fields; returns the messages that have no field on this form.</summary>
    public IReadOnlyList<string> Show(ValidationException e, IReadOnlyCollection<string>? fieldsOnForm = null)
    {
        if (_store is null || _context is null) return e.Errors.SelectMany(x => x.Value).ToList();
        _store.Clear();
        var elsewhere = new List<string>();
        foreach (var (field, messages) in e.Errors)
        {
            if (fieldsOnForm is null || fieldsOnForm.Contains(field))
                _store.Add(Resolve(field), messages);
            else
                elsewhere.AddRange(messages);
        }
        _context.NotifyValidationStateChanged();
        return elsewhere;
    }

    /// <summary>
    /// "Naam" is a field of the form model. A path such as "Leden[0].Naam" is resolved to the Naam of the first
    /// item of the model's Leden, so an input bound to <c>lid.Naam</c> shows it; a path that does not resolve
    /// stays a field of the model (still in the EditContext's messages).
    /// </summary>
    private FieldIdentifier Resolve(string path)
    {
        var context = _context!;
        if (!path.Contains('.') && !path.Contains('[')) return context.Field(path);
        object? owner = context.Model;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length && owner is not null; i++)
        {
            var m = PathPart().Match(parts[i]);
            var property = m.Success ? owner.GetType().GetProperty(m.Groups[1].Value) : null;
            if (property is null) break;
            var last = i == parts.Length - 1;
            if (last && !m.Groups[2].Success) return new FieldIdentifier(owner, property.Name);
            var value = property.GetValue(owner);
            if (m.Groups[2].Success)
                value = value is IList list && int.Parse(m.Groups[2].Value) is var index && index < list.Count ? list[index] : null;
            if (last) break;
            owner = value;
        }
        return context.Field(path);
    }

    [GeneratedRegex(@"^(\w+)(?:\[(\d+)\])?$")]
    private static partial Regex PathPart();

    private void ClearAll(object? sender, ValidationRequestedEventArgs e) => _store?.Clear();

    private void ClearField(object? sender, FieldChangedEventArgs e) => _store?.Clear(e.FieldIdentifier);

    private void Detach()
    {
        if (_context is null) return;
        _context.OnValidationRequested -= ClearAll;
        _context.OnFieldChanged -= ClearField;
    }

    public void Dispose() => Detach();
}
