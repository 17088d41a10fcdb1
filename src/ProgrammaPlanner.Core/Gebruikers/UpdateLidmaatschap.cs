using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>
/// Changes a member's role, or (Rol null) removes them from the programma (they then own no actiepunten or mijlpalen there in
/// person any more). A programma always keeps a facilitator.
/// </summary>
public static class UpdateLidmaatschap
{
    [Vereist(Recht.Faciliteren, OokBeheerder = true)]
    [Logboek("UpdateLidmaatschap", "Lidmaatschap gewijzigd")]
    public sealed record Command(long ProgrammaId, long GebruikerId, string? Rol) : ICommand<Unit>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Rol).Must(r => r is null || ProgrammaRol.Alle.Contains(r))
            .WithMessage($"Kies een rol: {string.Join(", ", ProgrammaRol.Alle)}.");
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var huidig = await c.ExecuteScalarAsync<string?>(
                "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @ProgrammaId", cmd, tx)
                ?? throw new NotFoundException("Deze gebruiker is geen lid (meer) van dit programma.");
            if (huidig == ProgrammaRol.Facilitator && cmd.Rol != ProgrammaRol.Facilitator &&
                await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM lidmaatschap WHERE programma_id = @ProgrammaId AND rol = 'facilitator'", cmd, tx) == 1)
                throw new RefusedException("Dit is de enige facilitator van het programma. Maak eerst iemand anders facilitator.");

            if (cmd.Rol is null)
            {
                await c.ExecuteAsync(
                    """
                    DELETE FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @ProgrammaId;
                    DELETE FROM partner_lid WHERE gebruiker_id = @GebruikerId AND programma_id = @ProgrammaId;
                    """, cmd, tx);
                await PersoonEigenaar.WisAsync(c, tx, cmd.ProgrammaId, cmd.GebruikerId);
            }
            else
                await c.ExecuteAsync("UPDATE lidmaatschap SET rol = @Rol WHERE gebruiker_id = @GebruikerId AND programma_id = @ProgrammaId", cmd, tx);
            return Unit.Value;
        }, ct);
    }
}
