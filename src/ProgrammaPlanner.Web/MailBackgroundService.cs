using ProgrammaPlanner.Core.Meldingen;

namespace ProgrammaPlanner.Web;

/// <summary>
/// Registers the configuration section <c>Mail</c> and the background sender. Without a configured mail server nothing is
/// queued and the sender does nothing: the links are shown to pass on, as without mail.
/// </summary>
public static class MailRegistration
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Mail").Get<MailSettings>() ?? new MailSettings());
        services.AddHostedService<MailBackgroundService>();
        return services;
    }
}

/// <summary>Sends the queued mails that are due, every half minute; a failure is kept on the mail and never stops the loop.</summary>
public sealed class MailBackgroundService(MailSender sender, MailSettings settings, ILogger<MailBackgroundService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.IsIngesteld) return;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try { await sender.SendDueAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogError(e, "Mail verzenden mislukt"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
