using System.Linq.Expressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace ProgrammaPlanner.Web.Components.Shared;

/// <summary>
/// What NumberField, DateField and TimeField share: the user types text, the field reads it with the core's
/// InputParser; text that cannot be read stays in the field with the Dutch message, is recorded in the form's
/// EditContext (<see cref="UnreadableInput"/>, so the form will not save) and is not replaced by a value from outside
/// until it is corrected. Each field says only how it reads and shows its type.
/// </summary>
public abstract class TypedInput<T> : ComponentBase, IDisposable
{
    [Parameter] public T Value { get; set; } = default!;
    [Parameter] public EventCallback<T> ValueChanged { get; set; }
    /// <summary>The model property, for the form's messages at this field and its "changed" state.</summary>
    [Parameter] public Expression<Func<T>>? For { get; set; }
    [Parameter] public string? Label { get; set; }
    [Parameter] public string? HelperText { get; set; }
    [Parameter] public bool Disabled { get; set; }
    /// <summary>Other attributes (aria-label, Style, data-testid) go to the input.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public Dictionary<string, object>? Attributes { get; set; }
    [CascadingParameter] protected EditContext? EditContext { get; set; }

    /// <summary>What the input shows: the user's text, or the value in its Dutch form.</summary>
    protected string Text { get; private set; } = "";
    private T _shown = default!;
    private bool _initialized;
    private string? _unreadable;
    private FieldIdentifier _field;
    private EditContext? _subscribed;

    /// <summary>The field holds text that could not be read (for a page that sends without a form).</summary>
    public bool Unreadable => _unreadable is not null;

    /// <summary>A message from outside the form's own validation (e.g. the core's, mapped by a grid).</summary>
    protected virtual string? OuterMessage => null;

    protected string? Message => _unreadable
        ?? (For is not null && EditContext is not null ? EditContext.GetValidationMessages(_field).FirstOrDefault() : null)
        ?? OuterMessage;

    protected abstract bool TryRead(string text, out T value, out string? error);

    protected abstract string Display(T value);

    protected override void OnParametersSet()
    {
        _field = For is not null ? FieldIdentifier.Create(For) : new FieldIdentifier(this, nameof(Value));
        if (EditContext != _subscribed)
        {
            if (_subscribed is not null) _subscribed.OnValidationStateChanged -= Refresh;
            _subscribed = EditContext;
            if (_subscribed is not null) _subscribed.OnValidationStateChanged += Refresh;
        }
        // A new value from outside replaces the text, unless the user's unreadable text is waiting to be corrected.
        if (_unreadable is null && (!_initialized || !EqualityComparer<T>.Default.Equals(Value, _shown)))
        {
            _initialized = true;
            _shown = Value;
            Text = Display(Value);
        }
    }

    protected async Task OnTextChangedAsync(string? text)
    {
        Text = text ?? "";
        if (!TryRead(Text, out var value, out var error))
        {
            _unreadable = error;
            UnreadableInput.Set(EditContext, _field, error);
            return;
        }
        await SetAsync(value);
    }

    /// <summary>A readable value (typed or picked): shown in its Dutch form and passed on when it changed.</summary>
    protected async Task SetAsync(T value)
    {
        _unreadable = null;
        UnreadableInput.Set(EditContext, _field, null);
        _shown = value;
        Text = Display(value);
        if (EqualityComparer<T>.Default.Equals(value, Value)) return;
        await ValueChanged.InvokeAsync(value);
        if (For is not null) EditContext?.NotifyFieldChanged(_field);
    }

    private void Refresh(object? sender, ValidationStateChangedEventArgs e) => InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        if (_subscribed is not null) _subscribed.OnValidationStateChanged -= Refresh;
        if (_unreadable is not null) UnreadableInput.Set(EditContext, _field, null);
        GC.SuppressFinalize(this);
    }
}
