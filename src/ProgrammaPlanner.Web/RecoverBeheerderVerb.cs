using MediatR;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Gebruikers;

namespace ProgrammaPlanner.Web;

/// <summary>
/// The command-line verb for whoever runs the installation, when a beheerder cannot get in any more:
///   recover-beheerder --email ADDRESS
/// lifts every sign-in delay for the account (from any address), makes it beheerder if it was not, and prints a
/// one-time link to choose a new password, for when the password itself is lost (earlier reset links stop working).
/// No switches without a value: ASP.NET's command-line configuration would take the next argument (e.g.
/// --ConnectionStrings:...) as the switch's value, and the verb would then act on another database.
/// </summary>
public static class RecoverBeheerderVerb
{
    public const string Name = "recover-beheerder";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var mediator = services.GetRequiredService<IMediator>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var i = Array.IndexOf(args, "--email");
        if (i < 0 || i + 1 >= args.Length)
        {
            await error.WriteLineAsync($"Gebruik: {Name} --email ADRES");
            return 1;
        }

        var account = await mediator.Send(new UnlockGebruiker.Command(args[i + 1]));
        await output.WriteLineAsync($"{account.Naam} kan zich weer aanmelden, vanaf elk adres.");
        if (!account.IsBeheerder)
        {
            await mediator.Send(new SetBeheerder.Command(account.GebruikerId, true));
            await output.WriteLineAsync($"{account.Naam} is nu beheerder.");
        }
        var link = await mediator.Send(new CreateHerstelLink.Command(account.GebruikerId));
        // The address the app listens on; behind a proxy the user opens the same path on the public host name.
        var basis = (configuration["urls"] ?? "http://localhost:5063").Split(';')[0].TrimEnd('/');
        await output.WriteLineAsync($"Wachtwoord kwijt? Kies een nieuw met deze link (werkt één keer, geldig tot {Opmaak.Tijdstip(link.VerlooptOp)}):");
        await output.WriteLineAsync($"{basis}/wachtwoord-herstellen?token={Uri.EscapeDataString(link.Token)}");
        return 0;
    }
}
