using Dapper;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Hoofdstukken;
using ProgrammaPlanner.Core.Opmerkingen;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;
using ProgrammaPlanner.Core.Samenwerking;
using ProgrammaPlanner.Core.Speerpunten;

namespace ProgrammaPlanner.Core.Tests.Opmerkingen;

public class OpmerkingTests
{
    private static async Task<long> SpeerpuntAsync(TestApp app, long programmaId) =>
        (await app.SendAsync(new ListSpeerpunten.Query(programmaId))).Single().Id;

    [Test]
    public async Task ALezer_CommentsOnASpeerpunt_OthersReplyInTheThread()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();
        await using var lezer = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer);
        await using var redacteur = await app.LidAsync("R. Edacteur", p.ProgrammaId, ProgrammaRol.Redacteur);

        var begin = await lezer.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Is eenzaamheid niet te breed?"));
        var reactie = await redacteur.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Ik maak het smaller.",
            begin.OpmerkingId));
        // a reply to a reply joins the thread of its root
        await lezer.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Dank!", reactie.OpmerkingId));

        var gesprekken = await lezer.SendAsync(new ListOpmerkingen.Query(p.ProgrammaId, Onderwerp.Speerpunt, sp));
        Assert.That(gesprekken, Has.Count.EqualTo(1));
        Assert.That(gesprekken[0].Begin.AuteurNaam, Is.EqualTo("L. Ezer"));
        Assert.That(gesprekken[0].Reacties.Select(r => (r.AuteurNaam, r.Tekst)),
            Is.EqualTo(new[] { ("R. Edacteur", "Ik maak het smaller."), ("L. Ezer", "Dank!") }));
        Assert.That(gesprekken[0].MagAfhandelen, Is.True, "the author may resolve");
        Assert.That((await redacteur.SendAsync(new ListOpmerkingen.Query(p.ProgrammaId, Onderwerp.Speerpunt, sp)))[0].MagAfhandelen, Is.False);
        Assert.That(await app.CountAsync("audit WHERE opdracht = 'AddOpmerking'"), Is.EqualTo(3), "every comment in the logboek");
    }

    [Test]
    public async Task TheAuthorOrAFacilitatorResolvesAndReopens_AnotherMemberIsRefused()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();
        await using var lezer = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer);
        await using var redacteur = await app.LidAsync("R. Edacteur", p.ProgrammaId, ProgrammaRol.Redacteur);
        await using var facilitator = await app.FacilitatorAsync(p.ProgrammaId);
        var id = (await lezer.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Te breed?"))).OpmerkingId;

        var e = Assert.ThrowsAsync<RefusedException>(() => redacteur.SendAsync(new CloseOpmerking.Command(p.ProgrammaId, id, 1)));
        Assert.That(e!.Message, Is.EqualTo("Alleen wie de opmerking plaatste of een facilitator kan haar als opgelost markeren."));

        var v2 = await lezer.SendAsync(new CloseOpmerking.Command(p.ProgrammaId, id, 1));
        var draad = (await lezer.SendAsync(new ListOpmerkingen.Query(p.ProgrammaId, Onderwerp.Speerpunt, sp)))[0];
        Assert.That((draad.Open, draad.Begin.OpgelostDoor), Is.EqualTo((false, "L. Ezer")));
        Assert.ThrowsAsync<RefusedException>(() => redacteur.SendAsync(new OpenOpmerking.Command(p.ProgrammaId, id, v2.Version)));
        Assert.ThrowsAsync<RefusedException>(() => redacteur.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Nog iets", id)),
            "a resolved thread takes no replies");

        var v3 = await facilitator.SendAsync(new OpenOpmerking.Command(p.ProgrammaId, id, v2.Version));
        Assert.That((await lezer.SendAsync(new ListOpmerkingen.Query(p.ProgrammaId, Onderwerp.Speerpunt, sp)))[0].Open, Is.True);
        Assert.ThrowsAsync<ConflictException>(() => lezer.SendAsync(new CloseOpmerking.Command(p.ProgrammaId, id, v2.Version)),
            "resolving from a stale page: someone else reopened it meanwhile");
        await facilitator.SendAsync(new CloseOpmerking.Command(p.ProgrammaId, id, v3.Version));
        Assert.That(await app.CountAsync("audit WHERE opdracht IN ('CloseOpmerking', 'OpenOpmerking')"), Is.EqualTo(3));
    }

    [Test]
    public async Task CountsPerElement_AndTheTeBesprekenListHoldOnlyOpenThreads()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();
        var d = p.Doelstelling.ToString();
        var a = (await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Eerste"))).OpmerkingId;
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Reactie", a));
        var b = (await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Tweede"))).OpmerkingId;
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Doelstelling, d, "Streefwaarde te laag?"));
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Hoofdstuk, Hoofdstuksoort.Visie, "Visie mist de jeugd."));
        await app.SendAsync(new CloseOpmerking.Command(p.ProgrammaId, b, 1));

        Task<GetOpmerkingtelling.Telling> Telling(string soort, string onderwerp) =>
            app.SendAsync(new GetOpmerkingtelling.Query(p.ProgrammaId, soort, onderwerp));
        Assert.That(await Telling(Onderwerp.Speerpunt, sp), Is.EqualTo(new GetOpmerkingtelling.Telling(1, 2)));
        Assert.That(await Telling(Onderwerp.Doelstelling, d), Is.EqualTo(new GetOpmerkingtelling.Telling(1, 1)));
        Assert.That(await Telling(Onderwerp.Project, "999"), Is.EqualTo(new GetOpmerkingtelling.Telling(0, 0)));

        var lijst = await app.SendAsync(new ListTeBespreken.Query(p.ProgrammaId));
        Assert.That(lijst.Select(x => (x.Soort, x.Titel, x.Tekst, x.Reacties)), Is.EqualTo(new[]
        {
            (Onderwerp.Speerpunt, "Eenzaamheid", "Eerste", 1),
            (Onderwerp.Doelstelling, "Minder eenzaam", "Streefwaarde te laag?", 0),
            (Onderwerp.Hoofdstuk, "Visie", "Visie mist de jeugd.", 0),
        }));
    }

    [Test]
    public async Task AnElementOfAnotherProgrammeOrNoneAtAll_IsRefused_NothingSaved()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var ander = await app.CreateProgrammaAsync("Ander programma");
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();

        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddOpmerking.Command(ander, Onderwerp.Speerpunt, sp, "Hier?")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Project, "424242", "Welk?")));
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Hoofdstuk, Hoofdstuksoort.Projecten,
            "Een hoofdstuk uit de gegevens van het plan heeft geen eigen tekst om op te reageren")));
        Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, "wijk", "1", "Onbekende soort")));
        var elders = (await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Hier wel"))).OpmerkingId;
        Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Doelstelling,
            p.Doelstelling.ToString(), "Reactie op een gesprek van een ander onderdeel", elders)));
        Assert.That(await app.CountAsync("opmerking"), Is.EqualTo(1));
    }

    [Test]
    public async Task EmptyOrTooLongText_IsRefusedAtTheField_AndTextIsCleaned()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();

        var leeg = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, " \u0007 ")));
        Assert.That(leeg!.Errors[nameof(AddOpmerking.Command.Tekst)], Is.EqualTo(new[] { "Schrijf eerst uw opmerking." }));
        var lang = Assert.ThrowsAsync<ValidationException>(() => app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp,
            new string('x', Tekstgrenzen.Tekst + 1))));
        Assert.That(lang!.Errors[nameof(AddOpmerking.Command.Tekst)], Is.EqualTo(new[] { "De opmerking is te lang (maximaal 4000 tekens)." }));
        Assert.That(await app.CountAsync("opmerking"), Is.EqualTo(0));

        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "  Goed\u202E punt\r\nklopt\u0000  "));
        var tekst = (await app.SendAsync(new ListOpmerkingen.Query(p.ProgrammaId, Onderwerp.Speerpunt, sp)))[0].Begin.Tekst;
        Assert.That(tekst, Is.EqualTo("Goed punt\nklopt"));
    }

    [Test]
    public async Task DeletingAnElement_DeletesItsComments_ANewElementWithTheSameIdHasNone()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var bv = await app.SendAsync(new AddBasisvoorwaarde.Command(p.ProgrammaId, "Derde voorwaarde"));
        var eigen = await app.SendAsync(new SaveEigenHoofdstuk.Command(p.ProgrammaId, null, 0, "Werkwijze", Hoofdstuksoort.Visie, ""));
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();
        var draad = (await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Basisvoorwaarde, bv.ToString(), "Vaag"))).OpmerkingId;
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Basisvoorwaarde, bv.ToString(), "Eens", draad));
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.EigenHoofdstuk, eigen.HoofdstukId.ToString(), "Kort?"));
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Blijft staan"));

        await app.SendAsync(new DeleteBasisvoorwaarde.Command(p.ProgrammaId, bv, 1));
        await app.SendAsync(new DeleteEigenHoofdstuk.Command(p.ProgrammaId, eigen.HoofdstukId, eigen.Version));

        Assert.That(await app.CountAsync("opmerking"), Is.EqualTo(1), "the thread and its reply went with the basisvoorwaarde, the chapter's too");
        var nieuw = await app.SendAsync(new AddBasisvoorwaarde.Command(p.ProgrammaId, "Nieuwe voorwaarde"));
        Assert.That((await app.SendAsync(new GetOpmerkingtelling.Query(p.ProgrammaId, Onderwerp.Basisvoorwaarde, nieuw.ToString()))).Totaal,
            Is.EqualTo(0));
        Assert.That((await app.SendAsync(new ListTeBespreken.Query(p.ProgrammaId))).Select(x => x.Tekst), Is.EqualTo(new[] { "Blijft staan" }));
    }

    [Test]
    public async Task AFrozenVersion_ListsTheThreadsOpenAtTheFreeze_AsTheyWereThen()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();
        var open = (await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Nog open"))).OpmerkingId;
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Een reactie", open));
        var opgelost = (await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Doelstelling, p.Doelstelling.ToString(), "Klaar"))).OpmerkingId;
        await app.SendAsync(new CloseOpmerking.Command(p.ProgrammaId, opgelost, 1));
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Hoofdstuk, Hoofdstuksoort.Visie, "Visie?"));

        var nummer = await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));
        // afterwards: resolved, reopened, new threads: the version keeps what was open at its freeze
        await app.SendAsync(new CloseOpmerking.Command(p.ProgrammaId, open, 1));
        await app.SendAsync(new OpenOpmerking.Command(p.ProgrammaId, opgelost, 2));
        await app.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Na het vastleggen"));

        var lijst = await app.SendAsync(new ListVersieOpmerkingen.Query(p.ProgrammaId, nummer));
        Assert.That(lijst.Select(x => (x.Soort, x.Titel, x.Tekst, x.Reacties)), Is.EqualTo(new[]
        {
            (Onderwerp.Speerpunt, "Eenzaamheid", "Nog open", 1),
            (Onderwerp.Hoofdstuk, "Visie", "Visie?", 0),
        }));
        Assert.That((await app.SendAsync(new GetPlanversie.Query(p.ProgrammaId, nummer))).Versie.Nummer, Is.EqualTo(nummer), "open threads block nothing");
    }

    [Test]
    public async Task ADeletedAccount_LeavesNoNameOnItsComments()
    {
        await using var app = TestApp.Create();
        var p = await app.CreateVersiePlanAsync();
        var sp = (await SpeerpuntAsync(app, p.ProgrammaId)).ToString();
        await using var lezer = await app.LidAsync("L. Ezer", p.ProgrammaId, ProgrammaRol.Lezer);
        await lezer.SendAsync(new AddOpmerking.Command(p.ProgrammaId, Onderwerp.Speerpunt, sp, "Mijn punt"));
        await app.SendAsync(new FreezePlanversie.Command(p.ProgrammaId, ""));

        await app.SendAsync(new DeleteGebruiker.Command(lezer.Gebruiker.GebruikerId!.Value));

        Assert.That((await app.SendAsync(new ListOpmerkingen.Query(p.ProgrammaId, Onderwerp.Speerpunt, sp)))[0].Begin.AuteurNaam,
            Is.EqualTo(DeleteGebruiker.Verwijderd));
        Assert.That((await app.SendAsync(new ListVersieOpmerkingen.Query(p.ProgrammaId, 1)))[0].AuteurNaam, Is.EqualTo(DeleteGebruiker.Verwijderd));
        await using var c = await app.Db.OpenAsync();
        Assert.That(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM opmerking WHERE tekst LIKE '%L. Ezer%' OR auteur_naam = 'L. Ezer'"), Is.Zero);
    }
}
