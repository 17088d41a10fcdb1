using ProgrammaPlanner.Core.Verhalen;

namespace ProgrammaPlanner.Core.Tests.Verhalen;

public class PersoonskenmerkenTests
{
    [TestCase("Haar BSN is 111222333, zei ze.", "een burgerservicenummer", "111222333")]
    [TestCase("nummer 123.456.782 van de belasting", "een burgerservicenummer", "123.456.782")]
    [TestCase("Bel hem op 06-12345678 als het kan.", "een telefoonnummer", "06-12345678")]
    [TestCase("Via 020 123 4567 bereikbaar", "een telefoonnummer", "020 123 4567")]
    [TestCase("mobiel +31 6 1234 5678", "een telefoonnummer", "+31 6 1234 5678")]
    [TestCase("(020) 1234567 overdag", "een telefoonnummer", "(020) 1234567")]
    [TestCase("Mail naar j.de.vries@example.nl.", "een e-mailadres", "j.de.vries@example.nl")]
    [TestCase("Ze woont op 1034 AB 12 drie hoog.", "een postcode met huisnummer", "1034 AB 12")]
    [TestCase("Kolkstraat 12, 1034AB Amsterdam", "een postcode met huisnummer", "12, 1034AB")]
    public void Finds_the_identifier_and_names_the_part(string tekst, string soort, string fragment)
    {
        var vondst = Persoonskenmerken.Vind(tekst).Single();
        Assert.That(vondst, Is.EqualTo(new Persoonskenmerken.Vondst(soort, fragment)));
        Assert.That(Persoonskenmerken.Melding(tekst), Does.Contain(soort).And.Contain(fragment));
    }

    [TestCase("Een moeder van drie kinderen in Noord kreeg in 2019 een schuld van € 12.500 bij de woningcorporatie.")]
    [TestCase("Na 123456789 pogingen")] // nine digits that fail the elfproef
    [TestCase("Het gezin wacht al 14 maanden op een woning in postcodegebied 1034.")]
    [TestCase("Tussen 2019 en 2021 kwamen 120 mensen; budget 1.500.000 euro.")]
    [TestCase("Ze belde 06 keer, en 10 dagen later nog eens.")]
    [TestCase("")]
    public void A_story_without_identifiers_passes(string tekst)
    {
        Assert.That(Persoonskenmerken.Vind(tekst), Is.Empty);
        Assert.That(Persoonskenmerken.Melding(tekst), Is.Null);
    }

    [TestCase("111222333", true)]
    [TestCase("123456782", true)]
    [TestCase("123456789", false)]
    [TestCase("000000000", false)]
    [TestCase("12345678", false)]
    public void Elfproef(string cijfers, bool bsn) => Assert.That(Persoonskenmerken.IsBsn(cijfers), Is.EqualTo(bsn));
}
