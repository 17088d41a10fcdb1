using NUnit.Framework.Interfaces;

[assembly: ProgrammaPlanner.Web.Tests.Browser.CloseBrowserContexts]

namespace ProgrammaPlanner.Web.Tests.Browser;

/// <summary>After every test of this assembly: close the browser contexts it opened (see <see cref="BrowserFixture.CloseContextsAsync"/>).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class CloseBrowserContextsAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test) { }

    public void AfterTest(ITest test) => BrowserFixture.CloseContextsAsync(test.Id).GetAwaiter().GetResult();
}
