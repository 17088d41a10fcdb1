namespace ProgrammaPlanner.Core.Tests;

/// <summary>What a Dutch user types in a number, date or time field, and what the app makes of it.</summary>
public class InputParserTests
{
    [TestCase("35", 35)]
    [TestCase("35%", 35)]
    [TestCase("35 %", 35)]
    [TestCase("1.234,5", 1234.5)]
    [TestCase("1234,5", 1234.5)]
    [TestCase("1,234.5", 1234.5)]
    [TestCase("1.234", 1234)]
    [TestCase("1.234.567", 1234567)]
    [TestCase("0,75", 0.75)]
    [TestCase("0.5", 0.5)]
    [TestCase("-2,5", -2.5)]
    [TestCase("€ 1.250,00", 1250)]
    [TestCase(" 12 ", 12)]
    public void Number_AsTyped_IsRead(string text, decimal expected)
    {
        Assert.That(InputParser.TryParseNumber(text, out var value, out var error), Is.True, error);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("veel")]
    [TestCase("20x6")]
    [TestCase("1,2,3")]
    [TestCase("12,34.5")]
    [TestCase("1.2.3")]
    [TestCase("1,")]
    [TestCase(",5")]
    [TestCase("35%%")]
    [TestCase("1.234,5.6")]
    public void Number_NotReadable_RefusedWithDutchMessage(string text)
    {
        Assert.That(InputParser.TryParseNumber(text, out var value, out var error), Is.False);
        Assert.That(value, Is.Null);
        Assert.That(error, Is.EqualTo("Vul een getal in, bijv. 1.234,5"));
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void Number_Empty_IsNothing(string? text)
    {
        Assert.That(InputParser.TryParseNumber(text, out var value, out var error), Is.True);
        Assert.That((value, error), Is.EqualTo(((decimal?)null, (string?)null)));
    }

    [TestCase("2026", 2026)]
    [TestCase("1.500", 1500)]
    public void WholeNumber_AsTyped_IsRead(string text, int expected)
    {
        Assert.That(InputParser.TryParseWholeNumber(text, out var value, out _), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("20x6")]
    [TestCase("2026,5")]
    [TestCase("veel")]
    [TestCase("99999999999")]
    public void WholeNumber_NotReadable_RefusedWithDutchMessage(string text)
    {
        Assert.That(InputParser.TryParseWholeNumber(text, out var value, out var error), Is.False);
        Assert.That(value, Is.Null);
        Assert.That(error, Is.EqualTo("Vul een heel getal in, bijv. 2026"));
    }

    [TestCase("1 maart 2026")]
    [TestCase("1 Maart 2026")]
    [TestCase("zondag 1 maart 2026")]
    [TestCase("1 mrt 2026")]
    [TestCase("01-03-2026")]
    [TestCase("1-3-2026")]
    [TestCase("1/3/2026")]
    [TestCase("1.3.2026")]
    [TestCase("2026-03-01")]
    public void Date_AsShownOrTyped_IsRead(string text)
    {
        Assert.That(InputParser.TryParseDate(text, out var value, out var error), Is.True, error);
        Assert.That(value, Is.EqualTo(new DateOnly(2026, 3, 1)));
    }

    [TestCase("31-02-2026")]
    [TestCase("morgen")]
    [TestCase("1 march 2026")]
    [TestCase("2026")]
    public void Date_NotReadable_RefusedWithDutchMessage(string text)
    {
        Assert.That(InputParser.TryParseDate(text, out var value, out var error), Is.False);
        Assert.That(value, Is.Null);
        Assert.That(error, Is.EqualTo("Vul een datum in, bijv. 1 maart 2026 of 01-03-2026"));
    }

    [TestCase("9:30", 9, 30)]
    [TestCase("09.30", 9, 30)]
    [TestCase("9", 9, 0)]
    [TestCase("21:05", 21, 5)]
    [TestCase("9 uur", 9, 0)]
    public void Time_AsTyped_IsRead(string text, int hour, int minute)
    {
        Assert.That(InputParser.TryParseTime(text, out var value, out var error), Is.True, error);
        Assert.That(value, Is.EqualTo(new TimeOnly(hour, minute)));
    }

    [TestCase("25:00")]
    [TestCase("9:75")]
    [TestCase("half tien")]
    public void Time_NotReadable_RefusedWithDutchMessage(string text)
    {
        Assert.That(InputParser.TryParseTime(text, out var value, out var error), Is.False);
        Assert.That(value, Is.Null);
        Assert.That(error, Is.EqualTo("Vul een tijd in, bijv. 9:30"));
    }
}
