using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.TestSupport;

/// <summary>A signed-in user as the web host presents one to the core: an account id and an open session.</summary>
public sealed record TestGebruiker(long Id, string Sessie, string Naam) : ICurrentUser
{
    public long? GebruikerId => Id;
    public string? SessieId => Sessie;
    public bool IsSysteem => false;
}

/// <summary>Sends requests as a given user: the real core over the test's database, with that ICurrentUser.</summary>
public sealed class Namens(string connectionString, ICurrentUser user, TimeProvider clock, MailSettings? mail = null) : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSingleton(clock)
        .AddSingleton(mail ?? new MailSettings())
        .AddScoped(_ => user)
        .AddProgrammaPlannerCore(connectionString)
        .BuildServiceProvider();

    public ICurrentUser Gebruiker => user;

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

public static class Accounts
{
    public const string Wachtwoord = "een lang testwachtwoord";

    public static Namens Als(this TestApp app, ICurrentUser user) => new(app.ConnectionString, user, app.Clock, app.Mail);

    public static string EmailVan(string naam) => new string(naam.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant() + "@test.nl";

    /// <summary>Makes an account (as the installation does), signs it in and returns it to send requests as.</summary>
    public static async Task<Namens> AccountAsync(this TestApp app, string naam, bool beheerder = false, params CreateGebruiker.Lidmaatschap[] lid)
    {
        var email = EmailVan(naam);
        await app.SendAsync(new CreateGebruiker.Command(email, naam, Wachtwoord, beheerder, lid));
        var sessie = await app.SendAsync(new SignIn.Query(email, Wachtwoord, "NUnit"));
        return app.Als(new TestGebruiker(sessie.GebruikerId, sessie.SessieId, naam));
    }

    /// <summary>A signed-in member of one programma with the given role (a bestuurder approving for <paramref name="partnerId"/>).</summary>
    public static Task<Namens> LidAsync(this TestApp app, string naam, long programmaId, string rol, long? partnerId = null) =>
        app.AccountAsync(naam, false, new CreateGebruiker.Lidmaatschap(programmaId, rol, partnerId));
}
