using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProgrammaPlanner.Core.Data;
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
        services.TryAddScoped<ICurrentUser, LocalUser>();
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ProgrammaChangesBehavior<,>));
        services.AddSingleton<ProgrammaChanges>();

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
