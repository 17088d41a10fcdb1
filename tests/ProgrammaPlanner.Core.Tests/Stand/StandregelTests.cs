using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Stand;

namespace ProgrammaPlanner.Core.Tests.Stand;

public class StandregelTests
{
    private static readonly Streefwaarde S2400 = new(2019, 2400m);

    [TestCase(2500, StandStatus.Behaald, "2.500 kinderen is meer dan streefwaarde 2.400 kinderen (hoger is beter): behaald.")]
    [TestCase(2400, StandStatus.Behaald, "2.400 kinderen is gelijk aan streefwaarde 2.400 kinderen (hoger is beter): behaald.")]
    [TestCase(2380, StandStatus.OpKoers, "2.380 kinderen is minder dan streefwaarde 2.400 kinderen (hoger is beter), binnen 10%: op koers.")]
    [TestCase(2160, StandStatus.OpKoers, "2.160 kinderen is minder dan streefwaarde 2.400 kinderen (hoger is beter), binnen 10%: op koers.")]
    [TestCase(2159.99, StandStatus.Achter, "2.159,99 kinderen is minder dan streefwaarde 2.400 kinderen (hoger is beter), meer dan 10% ervan af: achter.")]
    public void HogerIsBeter_StatusAndRuleWithDutchNumbers(decimal r, string status, string regel)
    {
        var o = Standregel.Beoordeel(2019, r, S2400, hogerIsBeter: true, "kinderen");

        Assert.That(o, Is.EqualTo(new Oordeel(status, regel)));
    }

    [TestCase(8.0, StandStatus.Behaald, "8% is minder dan streefwaarde 8,6% (lager is beter): behaald.")]
    [TestCase(8.6, StandStatus.Behaald, "8,6% is gelijk aan streefwaarde 8,6% (lager is beter): behaald.")]
    [TestCase(9.46, StandStatus.OpKoers, "9,46% is meer dan streefwaarde 8,6% (lager is beter), binnen 10%: op koers.")]
    [TestCase(9.47, StandStatus.Achter, "9,47% is meer dan streefwaarde 8,6% (lager is beter), meer dan 10% ervan af: achter.")]
    public void LagerIsBeter_OnTheTenPercentEdge(decimal r, string status, string regel)
    {
        var o = Standregel.Beoordeel(2019, r, new Streefwaarde(2019, 8.6m), hogerIsBeter: false, "%");

        Assert.That(o, Is.EqualTo(new Oordeel(status, regel)));
    }

    [Test]
    public void NoRealisatie_GeenMeting()
    {
        var o = Standregel.Beoordeel(2020, null, S2400, true, "kinderen");

        Assert.That(o, Is.EqualTo(new Oordeel(StandStatus.GeenMeting, "Geen realisatie voor 2020: geen meting.")));
    }

    [Test]
    public void NoStreefwaardeAtAll_GeenMetingAndSaysWhy()
    {
        var o = Standregel.Beoordeel(2020, 12m, null, true, "");

        Assert.That(o.Status, Is.EqualTo(StandStatus.GeenMeting));
        Assert.That(o.Regel, Is.EqualTo("12 gemeten, maar deze doelstelling heeft geen streefwaarde: geen oordeel (geen meting)."));
    }

    [TestCase(0, StandStatus.Behaald)]
    [TestCase(1, StandStatus.Achter)]
    [TestCase(0.01, StandStatus.Achter)]
    public void ZeroTarget_LagerIsBeter_NoMargin(decimal r, string status)
    {
        var o = Standregel.Beoordeel(2020, r, new Streefwaarde(2020, 0m), false, "meldingen");

        Assert.That(o.Status, Is.EqualTo(status));
        if (status == StandStatus.Achter) Assert.That(o.Regel, Does.Contain("bij streefwaarde 0 is er geen marge van 10%: achter."));
    }

    [Test]
    public void NegativeTarget_MarginOnAbsoluteValue()
    {
        // Hoger is beter with S = −10: −10,9 is within 1 (10% of |−10|), −11,1 is not.
        Assert.That(Standregel.Beoordeel(2020, -10.9m, new Streefwaarde(2020, -10m), true, "").Status, Is.EqualTo(StandStatus.OpKoers));
        Assert.That(Standregel.Beoordeel(2020, -11.1m, new Streefwaarde(2020, -10m), true, "").Status, Is.EqualTo(StandStatus.Achter));
    }

    [Test]
    public void StreefwaardeVoor_OwnYearElseNearestEarlierElseFirstLater()
    {
        Streefwaarde[] s = [new(2020, 3m), new(2018, 1m), new(2022, 5m)];

        Assert.Multiple(() =>
        {
            Assert.That(Standregel.StreefwaardeVoor(s, 2020), Is.EqualTo(new Streefwaarde(2020, 3m)));
            Assert.That(Standregel.StreefwaardeVoor(s, 2021), Is.EqualTo(new Streefwaarde(2020, 3m)), "nearest earlier, not the later 2022");
            Assert.That(Standregel.StreefwaardeVoor(s, 2019), Is.EqualTo(new Streefwaarde(2018, 1m)));
            Assert.That(Standregel.StreefwaardeVoor(s, 2017), Is.EqualTo(new Streefwaarde(2018, 1m)), "none earlier: the first later");
            Assert.That(Standregel.StreefwaardeVoor(s, 2030), Is.EqualTo(new Streefwaarde(2022, 5m)));
            Assert.That(Standregel.StreefwaardeVoor([], 2020), Is.Null);
        });
    }

    [Test]
    public void FallbackTarget_RuleNamesItsYear()
    {
        var o = Standregel.Beoordeel(2021, 3.1m, new Streefwaarde(2020, 3m), true, "");

        Assert.That(o.Regel, Is.EqualTo("3,1 is meer dan streefwaarde 3 (van 2020) (hoger is beter): behaald."));
    }

    [Test]
    public void Wijk_PercentageJudged_CountIsAPartWithoutStatus()
    {
        var pct = Standregel.BeoordeelWijk(2018, 10m, new Streefwaarde(2018, 9.2m), false, " % ");
        var aantal = Standregel.BeoordeelWijk(2018, 820m, new Streefwaarde(2018, 2100m), true, "kinderen");

        Assert.That(pct.Status, Is.EqualTo(StandStatus.OpKoers));
        Assert.That(pct.Regel, Does.StartWith("10% is meer dan streefwaarde 9,2%"));
        Assert.That(aantal.Status, Is.Null);
        Assert.That(aantal.Regel, Is.EqualTo("820 kinderen is een deel van het totaal; een wijk heeft bij een aantal geen eigen streefwaarde."));
    }

    [TestCase(1, 1, 1, 1, StandStatus.Achter, "1 doelstelling achter")]
    [TestCase(2, 2, 0, 0, StandStatus.OpKoers, "Geen doelstelling achter, 2 doelstellingen op koers")]
    [TestCase(3, 0, 0, 1, StandStatus.Behaald, "Alle gemeten doelstellingen behaald (1 zonder meting)")]
    [TestCase(3, 0, 0, 0, StandStatus.Behaald, "Alle doelstellingen behaald")]
    [TestCase(0, 0, 0, 2, StandStatus.GeenMeting, "Nog geen doelstelling gemeten")]
    [TestCase(0, 0, 0, 0, StandStatus.GeenMeting, "Nog geen doelstelling gemeten")]
    public void RolUp_AchterBeforeOpKoersBeforeBehaald(int b, int k, int a, int g, string status, string begin)
    {
        var o = Standregel.RolUp(new Telling(b, k, a, g));

        Assert.That(o.Status, Is.EqualTo(status));
        Assert.That(o.Regel, Does.StartWith(begin));
    }

    [Test]
    public void Telling_CountsEachStatus()
    {
        var t = Telling.Van([StandStatus.Achter, StandStatus.Behaald, StandStatus.Behaald, StandStatus.GeenMeting, StandStatus.OpKoers]);

        Assert.That(t, Is.EqualTo(new Telling(2, 1, 1, 1)));
        Assert.That(t.Totaal, Is.EqualTo(5));
    }
}
