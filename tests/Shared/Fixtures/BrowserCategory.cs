using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace ProgrammaPlanner.TestSupport;

/// <summary>
/// The fast suite (<c>dotnet test --filter Category!=Browser</c>) starts no Chromium and no app process. The shared code
/// that starts either calls <see cref="Require"/> first, so a test that forgets <c>[Category("Browser")]</c> (on itself
/// or its class) fails at once with a clear message instead of quietly slowing the fast suite down.
/// </summary>
public static class BrowserCategory
{
    public const string Name = "Browser";

    /// <param name="wat">What is about to start, for the message ("Chromium", "de app als proces").</param>
    public static void Require(string wat)
    {
        if (IsBrowserTest(TestExecutionContext.CurrentContext.CurrentTest)) return;
        throw new InvalidOperationException(
            $"{TestContext.CurrentContext.Test.FullName} start {wat}, maar staat niet in [Category(\"{Name}\")]. "
            + "Zet de categorie op de test of zijn klasse, zodat de snelle suite (Category!=Browser) hem overslaat.");
    }

    /// <summary>True when the test, its fixture or anything above it carries the category.</summary>
    public static bool IsBrowserTest(ITest? test)
    {
        for (; test is not null; test = test.Parent)
            if (test.Properties[PropertyNames.Category].Contains(Name)) return true;
        return false;
    }
}
