using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// MediatR 5.1.0 has no DI package: register the mediator with a ServiceFactory and scan this assembly
    /// for handlers and validators. Behaviors run in registration order.
    /// </summary>
    public static IServiceCollection AddProgrammaPlannerCore(this IServiceCollection services, string connectionString)
    {
        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("nl");

        services.AddSingleton(new Db(connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, Anoniem>(); // the host says who acts; by default nobody, so nothing but public requests pass
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(CleanTextBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ProgrammaChangesBehavior<,>));
        services.AddSingleton<ProgrammaChanges>();
        services.AddSingleton<ProgrammaChangesListener>(); // the host runs it: on PostgreSQL it hears the other instances' changes
        services.TryAddSingleton(new MailSettings()); // the host registers the configured section first; by default no mail
        services.TryAddSingleton<MailSender>();

        // Identity's core over the Dapper store: password hashing and the security stamp (no lockout: see Aanmeldpogingen).
        services.AddIdentityCore<Gebruiker>(o =>
            {
                o.Password = new PasswordOptions
                {
                    RequiredLength = GebruikerRules.MinimaleWachtwoordLengte, RequireDigit = false, RequireLowercase = false,
                    RequireUppercase = false, RequireNonAlphanumeric = false, RequiredUniqueChars = 1,
                };
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = ""; // the user name is the e-mail address, checked by GebruikerRules
            })
            .AddUserStore<GebruikerStore>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>();

        var open = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>) };
        foreach (var type in typeof(ServiceCollectionExtensions).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
            foreach (var service in type.GetInterfaces().Where(i => i.IsGenericType && open.Contains(i.GetGenericTypeDefinition())))
                services.AddTransient(service, type);

        return services;
    }

    /// <summary>Applies pending migrations to the configured database.</summary>
    public static void MigrateProgrammaPlannerDatabase(this IServiceProvider services) =>
        DatabaseMigrator.Migrate(services.GetRequiredService<Db>());
}
