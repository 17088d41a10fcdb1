using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>A beheerder makes a password reset link for a user (valid 7 days, single use); earlier unused reset links of that user stop working.</summary>
public static class CreateHerstelLink
{
    [Vereist(Recht.Beheerder)]
    [Logboek("CreateHerstelLink", "Herstellink gemaakt")]
    public sealed record Command(long GebruikerId) : ICommand<Result>;

    public sealed record Result(string Token, DateTimeOffset VerlooptOp);

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            var nu = clock.GetUtcNow();
            await using var c = await db.OpenAsync(ct);
            await using var tx = c.BeginTransaction();
            var email = await c.ExecuteScalarAsync<string?>("SELECT email FROM gebruiker WHERE id = @GebruikerId", cmd, tx)
                ?? throw new NotFoundException("Deze gebruiker bestaat niet (meer).");
            await c.ExecuteAsync("UPDATE link SET gebruikt_op = @nu WHERE soort = 'herstel' AND gebruiker_id = @GebruikerId AND gebruikt_op IS NULL",
                new { cmd.GebruikerId, nu = Tijd.Stempel(nu) }, tx);
            var (token, verloopt) = await Links.MaakAsync(c, tx, Links.Herstel, nu, email: email, gebruikerId: cmd.GebruikerId, door: user.GebruikerId);
            if (mail.IsIngesteld)
                await MailQueue.EnqueueAsync(c, tx, mail, nu, email, "Een nieuw wachtwoord kiezen",
                    $"Goedendag,\n\nU kunt een nieuw wachtwoord kiezen voor ProgrammaPlanner met deze link (hij werkt één keer en is geldig tot " +
                    $"{Opmaak.Tijdstip(verloopt)}):\n\n{mail.Link($"wachtwoord-herstellen?token={Uri.EscapeDataString(token)}")}\n\n" +
                    "Hebt u hier niet om gevraagd? Laat het de beheerder weten; uw huidige wachtwoord blijft werken.");
            await tx.CommitAsync(ct);
            return new Result(token, verloopt);
        }
    }
}
