using ProgrammaPlanner.Core.Bijeenkomsten;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Bijeenkomsten;

/// <summary>A phone joins only for a partner the session invited: the one the form offers.</summary>
public class UitnodigingTests
{
    [Test]
    public async Task JoinBijeenkomst_PartnerNotInvited_RefusedInDutch_NothingStored()
    {
        await using var app = TestApp.Create();
        var s = await app.CreateSessieAsync(); // invites Civic and DOCK, not Prisma
        var code = await app.OpenAsync(s);
        var before = await app.DumpAsync(SessieFixture.Tabellen);

        var e = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new JoinBijeenkomst.Command(code, "telefoon-1", s.Plan.Prisma, "")));

        Assert.That(e!.Errors["PartnerId"][0], Is.EqualTo(JoinBijeenkomst.NietUitgenodigd));
        Assert.That(await app.DumpAsync(SessieFixture.Tabellen), Is.EqualTo(before));
        var formulier = await app.SendAsync(new GetDeelname.Query(code, null));
        Assert.That(formulier.Partners.Select(p => p.Id), Is.EquivalentTo(new[] { s.Plan.Civic, s.Plan.Dock }), "the form offers only invited partners");
    }

    [Test]
    public async Task JoinBijeenkomst_NobodyInvited_AnyPartnerOfTheProgramma()
    {
        await using var app = TestApp.Create();
        var plan = await app.CreatePlanAsync("Samen Noord");
        var bijeenkomst = await app.SendAsync(SessieFixture.Dialoogtafel(plan) with { UitgenodigdIds = [], AanwezigIds = [] });
        var code = await app.OpenAsync(new SessieFixture.Sessie(plan, bijeenkomst));

        var sleutel = await app.JoinAsync(code, plan.Prisma);

        Assert.That((await app.SendAsync(new GetDeelname.Query(code, sleutel))).Partner?.Id, Is.EqualTo(plan.Prisma));
    }
}
