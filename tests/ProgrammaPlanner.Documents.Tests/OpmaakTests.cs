using System.Globalization;
using ProgrammaPlanner.Core;
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

    [Test]
    public void ScreenAndDocumentFormats_ReadDutch_WhateverTheThreadCulture()
    {
        var vorige = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            Assert.That(Opmaak.Euro(12500.5m), Is.EqualTo("€ 12.500,50"));
            Assert.That(Opmaak.Geld(12500.5m), Is.EqualTo("€\u00A012.500,50"));
            Assert.That(Opmaak.GetalAfgerond(1250.456m), Is.EqualTo("1.250,46"));
            Assert.That(Opmaak.Uren(1250m), Is.EqualTo("1.250"));
            Assert.That(Opmaak.Getal(0.125m), Is.EqualTo("0,125"));
            Assert.That(Opmaak.Datum(new DateOnly(2017, 10, 1)), Is.EqualTo("1 oktober 2017"));
            Assert.That(Opmaak.DatumMetDag(new DateOnly(2017, 10, 1)), Is.EqualTo("zondag 1 oktober 2017"));
            Assert.That(Opmaak.Periode(new DateOnly(2017, 10, 1), new DateOnly(2018, 12, 31)), Is.EqualTo("1 oktober 2017 – 31 december 2018"));
            // Winter time: UTC+1, so the evening meeting reads as it was held.
            Assert.That(Opmaak.Tijdstip(new DateTimeOffset(2026, 11, 23, 18, 5, 0, TimeSpan.Zero)), Is.EqualTo("23 november 2026 19:05"));
        }
        finally
        {
            CultureInfo.CurrentCulture = vorige;
        }
    }
}
