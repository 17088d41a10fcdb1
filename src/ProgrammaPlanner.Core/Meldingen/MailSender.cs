using System.Data.Common;
using Dapper;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>
/// Delivers the queued mails that are due, through the configured SMTP server (MailKit). A mail that fails waits 1, 5,
/// 15 minutes, then an hour between tries, and is given up after <see cref="MailSettings.MaxPogingen"/> tries with its
/// last error kept. One delivery run at a time; the host's background service calls <see cref="SendDueAsync"/> now and then.
/// </summary>
public sealed class MailSender(Db db, MailSettings settings, TimeProvider clock)
{
    private const int Partij = 50;
    private const long MailSlot = 0x6d61696c; // the advisory lock of "sending mail" ("mail")
    private const string Groet = "\n\nMet vriendelijke groet,\nProgrammaPlanner\n\nDit bericht is automatisch verstuurd; u kunt er niet op antwoorden.";
    private readonly SemaphoreSlim _een = new(1, 1);

    /// <summary>Sends every due mail; returns how many went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        if (!settings.IsIngesteld) return 0;
        await _een.WaitAsync(ct);
        DbConnection? slot = null;
        try
        {
            // Several app instances on one PostgreSQL database: one sends at a time, or two would send the same mail.
            if (db.IsPostgres)
            {
                slot = await db.OpenAsync(ct);
                if (!await slot.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@MailSlot)", new { MailSlot }))
                    return 0; // another instance is sending; it sends these too
            }

            var verzonden = 0;
            while (true)
            {
                var nu = clock.GetUtcNow();
                List<Wachtend> due;
                await using (var c = await db.OpenAsync(ct))
                    due = (await c.QueryAsync<Wachtend>(
                        """
                        SELECT id, aan, onderwerp, tekst, pogingen FROM uitgaande_mail
                        WHERE verzonden_op IS NULL AND opgegeven = 0 AND volgende_poging_op <= @nu ORDER BY id LIMIT @Partij
                        """, new { nu = Tijd.Stempel(nu), Partij })).ToList();
                if (due.Count == 0) return verzonden;

                var gelukt = await SendAsync(due, ct);
                verzonden += gelukt;
                if (gelukt < due.Count) return verzonden; // the rest waits for its next try
            }
        }
        finally
        {
            if (slot is not null)
            {
                try { await slot.ExecuteAsync("SELECT pg_advisory_unlock_all()"); } // the session lives on in the pool
                finally { await slot.DisposeAsync(); }
            }
            _een.Release();
        }
    }

    private async Task<int> SendAsync(List<Wachtend> mails, CancellationToken ct)
    {
        using var smtp = new SmtpClient { Timeout = 15_000 };
        try
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, Beveiliging(settings.Beveiliging), ct);
            if (!string.IsNullOrEmpty(settings.Gebruiker))
                await smtp.AuthenticateAsync(settings.Gebruiker, settings.Wachtwoord ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var m in mails) await MislukAsync(m, $"Geen verbinding met de mailserver {settings.Host}:{settings.Port}: {Reden(e)}", ct);
            return 0;
        }

        var gelukt = 0;
        foreach (var m in mails)
        {
            try
            {
                await smtp.SendAsync(Bericht(m), ct);
                await using var c = await db.OpenAsync(ct);
                await c.ExecuteAsync("UPDATE uitgaande_mail SET verzonden_op = @nu, pogingen = pogingen + 1, laatste_fout = NULL WHERE id = @Id",
                    new { nu = Tijd.Stempel(clock), m.Id });
                gelukt++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await MislukAsync(m, $"Het bericht aan {m.Aan} is niet verzonden: {Reden(e)}", ct);
                if (!smtp.IsConnected) break;
            }
        }
        if (smtp.IsConnected) await smtp.DisconnectAsync(true, ct);
        return gelukt;
    }

    private async Task MislukAsync(Wachtend m, string fout, CancellationToken ct)
    {
        var pogingen = m.Pogingen + 1;
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(
            """
            UPDATE uitgaande_mail SET pogingen = @pogingen, laatste_fout = @fout, volgende_poging_op = @volgende, opgegeven = @opgegeven
            WHERE id = @Id
            """, new
            {
                m.Id, pogingen, fout = fout.Length > 1000 ? fout[..1000] : fout,
                volgende = Tijd.Stempel(clock.GetUtcNow() + MailSettings.Wachttijd(pogingen)), opgegeven = pogingen >= settings.MaxPogingen,
            });
    }

    private MimeMessage Bericht(Wachtend m)
    {
        var bericht = new MimeMessage();
        bericht.From.Add(MailboxAddress.Parse(settings.Afzender!));
        bericht.To.Add(MailboxAddress.Parse(m.Aan));
        bericht.Subject = m.Onderwerp;
        bericht.Body = new TextPart("plain") { Text = m.Tekst + Groet };
        return bericht;
    }

    /// <summary>The usual causes in Dutch for the beheerder; anything else as the library says it.</summary>
    private static string Reden(Exception e) => e switch
    {
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } =>
            "de server weigert de verbinding (draait hij, en klopt de poort?).",
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.NoData } =>
            "de servernaam is onbekend.",
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.TimedOut } or TimeoutException =>
            "de server antwoordt niet.",
        AuthenticationException => "aanmelden bij de mailserver lukt niet (controleer Gebruiker en Wachtwoord).",
        SslHandshakeException => "de beveiligde verbinding lukt niet (controleer Beveiliging: none, starttls of ssl).",
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } smtp =>
            $"de server neemt het afzenderadres niet aan (controleer Mail:Afzender). {Antwoord(smtp)}",
        SmtpCommandException { StatusCode: SmtpStatusCode.MailboxUnavailable or SmtpStatusCode.MailboxNameNotAllowed } smtp =>
            $"de server kent dit adres niet of neemt er geen post voor aan. {Antwoord(smtp)}",
        SmtpCommandException { StatusCode: SmtpStatusCode.ExceededStorageAllocation or SmtpStatusCode.InsufficientStorage } smtp =>
            $"de brievenbus is vol. {Antwoord(smtp)}",
        SmtpCommandException smtp => $"de server weigerde het bericht. {Antwoord(smtp)}",
        SmtpProtocolException or IOException => "de verbinding met de server viel weg of de server antwoordde onleesbaar.",
        ParseException => "het adres is geen geldig e-mailadres.",
        _ => $"onverwachte fout. Technische melding: “{e.Message}”",
    };

    /// <summary>The server's own reply, quoted: it is the server's language, not ours, but the beheerder may need it.</summary>
    private static string Antwoord(SmtpCommandException e) => $"Antwoord van de server ({(int)e.StatusCode}): “{e.Message.Trim()}”";

    private static SecureSocketOptions Beveiliging(string soort) => soort.Trim().ToLowerInvariant() switch
    {
        "none" or "geen" => SecureSocketOptions.None,
        "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private sealed class Wachtend
    {
        public long Id { get; init; }
        public string Aan { get; init; } = "";
        public string Onderwerp { get; init; } = "";
        public string Tekst { get; init; } = "";
        public int Pogingen { get; init; }
    }
}
