using Microsoft.AspNetCore.Components.Forms;

namespace ProgrammaPlanner.Web.Components.Shared;

/// <summary>
/// Text in a number, date or time field that could not be read. The field keeps the text and shows the Dutch message;
/// the message is also kept here, in the form's EditContext, so <see cref="CommandRunner"/> refuses to save the form
/// (the model still holds the old value, and "opgeslagen" would be a lie).
/// </summary>
public static class UnreadableInput
{
    private sealed class Fields(EditContext context)
    {
        public readonly ValidationMessageStore Messages = new(context);
        public readonly HashSet<FieldIdentifier> Unreadable = [];
    }

    /// <summary>Records (message) or clears (null) the problem of one field.</summary>
    public static void Set(EditContext? context, FieldIdentifier field, string? message)
    {
        if (context is null) return;
        if (!context.Properties.TryGetValue(typeof(UnreadableInput), out var o))
            context.Properties[typeof(UnreadableInput)] = o = new Fields(context);
        var fields = (Fields)o;
        fields.Messages.Clear(field);
        if (message is null) fields.Unreadable.Remove(field);
        else
        {
            fields.Messages.Add(field, message);
            fields.Unreadable.Add(field);
        }
        context.NotifyValidationStateChanged();
    }

    public static bool Any(EditContext? context) =>
        context is not null && context.Properties.TryGetValue(typeof(UnreadableInput), out var o) && ((Fields)o).Unreadable.Count > 0;
}
