using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using MediatR;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// Runs before validation for every command: every string it carries, also in nested records and lists, is cleaned with
/// <see cref="CleanText.Clean"/>, so nothing new is stored with characters that break a DOCX, turn a file name around or
/// make two equal names differ. MediatR 5 hands the handler the same object, so the command is cleaned in place.
/// </summary>
public sealed class CleanTextBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is ICommand<TResponse>) CleanText.CleanObject(request);
        return next();
    }
}

/// <summary>
/// Not cleaned by the pipeline: a password is compared, not shown (a cleaned copy would no longer match at sign-in); the
/// import's JSON is cleaned after parsing, where escapes such as \u000B have become characters.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KeepAsTypedAttribute : Attribute;

/// <summary>The one text cleaning of the app, used by the command pipeline and the import.</summary>
public static class CleanText
{
    /// <summary>
    /// Removes C0/C1 control characters but line breaks (CRLF and CR become LF, a tab a space), bidi overrides, embeddings
    /// and isolates (U+202A–U+202E, U+2066–U+2069), unpaired surrogates and U+FFFE/U+FFFF (not allowed in XML); then NFC
    /// and trimmed.
    /// </summary>
    public static string Clean(string s)
    {
        if (s.Length == 0) return s;
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\r')
            {
                b.Append('\n');
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
            }
            else if (c == '\t') b.Append(' ');
            else if (c == '\n') b.Append(c);
            else if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFFFE' or '\uFFFF') { }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) b.Append(c).Append(s[++i]);
            else if (!char.IsSurrogate(c)) b.Append(c);
        }
        return b.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>Cleans every settable string property of the object and of the records and lists it holds, in place.</summary>
    public static void CleanObject(object? o)
    {
        switch (o)
        {
            case null or string: return;
            case IList list when list.GetType().IsArray || !list.IsReadOnly:
                for (var i = 0; i < list.Count; i++)
                    if (list[i] is string s) list[i] = Clean(s);
                    else CleanObject(list[i]);
                return;
            case IEnumerable items:
                foreach (var item in items) CleanObject(item);
                return;
        }
        foreach (var p in Properties.GetOrAdd(o.GetType(), Find))
            if (p.PropertyType == typeof(string))
            {
                if (p.GetValue(o) is string s) p.SetValue(o, Clean(s));
            }
            else CleanObject(p.GetValue(o));
    }

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The app's own records only (no framework types), their strings and what may hold more.</summary>
    private static PropertyInfo[] Find(Type t) => t.Assembly != typeof(CleanText).Assembly ? [] :
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<KeepAsTypedAttribute>() is null)
            .Where(p => p.PropertyType == typeof(string) ? p.CanWrite : !p.PropertyType.IsValueType)];
}
