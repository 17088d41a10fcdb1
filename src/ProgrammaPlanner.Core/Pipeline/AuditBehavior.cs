using System.Reflection;
using System.Text.Json;
using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Gebruikers;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>
/// "We leggen zaken eenduidig en transparant vast": every successful command is stored with time, user,
/// the command's stored [Logboek] name, programma and a JSON summary of what was sent. Queries are not logged.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(Db db, ICurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    // Read once per request type, not on every command (the live session sends many).
    private static readonly string? Opdracht = typeof(TRequest).GetCustomAttribute<LogboekAttribute>()?.Naam;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is not ICommand<TResponse>) return response;

        var programmaId = (request as IProgrammaScoped)?.ProgrammaId ?? (response as IProgrammaScoped)?.ProgrammaId;
        await using var c = await db.OpenAsync(CancellationToken.None); // the change is made: record it even if the caller gave up
        await c.ExecuteAsync(
            // The name as the account has it now; a user who just deleted their own account is already "verwijderde gebruiker".
            """
            INSERT INTO audit (tijdstip, gebruiker, gebruiker_id, opdracht, programma_id, samenvatting)
            VALUES (@tijdstip, CASE WHEN @gebruikerId IS NULL THEN @naam ELSE COALESCE((SELECT naam FROM gebruiker WHERE id = @gebruikerId), @verwijderd) END,
                    @gebruikerId, @opdracht, @programmaId, @samenvatting)
            """,
            new
            {
                tijdstip = Tijd.Stempel(clock.GetUtcNow()),
                naam = user.Naam,
                gebruikerId = user.GebruikerId,
                verwijderd = DeleteGebruiker.Verwijderd,
                opdracht = Opdracht ?? LogboekAttribute.NaamVan(typeof(TRequest)),
                programmaId,
                samenvatting = JsonSerializer.Serialize(request, Json),
            });
        return response;
    }
}
