using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using ProgrammaPlanner.Core.Meldingen;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ProgrammaPlanner.Core.Tests.Meldingen;

/// <summary>A real SMTP server (SmtpServer package) on a loopback port of this test run; it keeps every mail it receives.</summary>
public sealed class TestMailserver : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _draait;

    private TestMailserver(int port, Mailbox mailbox, Task draait) => (Port, _mailbox, _draait) = (port, mailbox, draait);

    private readonly Mailbox _mailbox;

    public int Port { get; }

    /// <summary>Mail to an address that starts with this is refused as a mailbox the server does not have (SMTP 550).</summary>
    public const string Onbekend = "onbekend@";
    public IReadOnlyList<MimeMessage> Ontvangen => _mailbox.Berichten.ToList();

    /// <summary>The settings that mail through this server (port <paramref name="port"/>, by default a free one).</summary>
    public static MailSettings Instellingen(int port, int maxPogingen = 8) => new()
    {
        Host = "127.0.0.1", Port = port, Beveiliging = "none", Afzender = "ProgrammaPlanner <planner@test.nl>", AppUrl = "https://planner.test/",
        MaxPogingen = maxPogingen,
    };

    /// <summary>A loopback port nothing listens on (now).</summary>
    public static int VrijePoort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public static async Task<TestMailserver> StartAsync(int port)
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var mailbox = new Mailbox();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(mailbox);
        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var draait = server.StartAsync(stop.Token);
        var result = new TestMailserver(port, mailbox, draait);
        result._stop.Token.Register(stop.Cancel);
        // Listening once a connection is accepted (bounded: 5 s).
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return result;
            }
            catch (SocketException) when (i < 50) { await Task.Delay(100); }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _draait.WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (OperationCanceledException) { }
        catch (TimeoutException) { }
        _stop.Dispose();
    }

    private sealed class Mailbox : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Berichten { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var bericht = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (bericht.To.Mailboxes.Any(m => m.Address.StartsWith(Onbekend, StringComparison.Ordinal)))
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "5.1.1 Mailbox unavailable");
            Berichten.Enqueue(bericht);
            return SmtpResponse.Ok;
        }
    }
}
