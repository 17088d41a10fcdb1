using ProgrammaPlanner.Documents;

namespace ProgrammaPlanner.Documents.Tests;

public class OpmaakTests
{
    [Test]
    public void CssTekst_UserTextCannotLeaveTheStyleElement_DutchLettersKept()
    {
        var css = Opmaak.CssTekst("Samen Noord \"é\" </style><script>alert(1)</script>\nv1");

        Assert.That(css[1..^1], Does.Not.Contain("<").And.Not.Contain("\"").And.Not.Contain(">").And.Not.Contain("\n").And.Not.Contain(" "));
        Assert.That(css, Does.StartWith("\"Samen\\000020Noord\\000020\\000022\\0000E9\\000022\\000020\\00003C"));
        Assert.That(css, Does.EndWith("\\000020v1\""));
    }
}
