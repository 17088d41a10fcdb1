using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Doelstellingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The facilitator opens the yearly update round for one programme year, with a deadline: every partner gets an open
/// rapportage in it. One round per year. Returns the round's id.
/// </summary>
public static class OpenRapportageronde
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("OpenRapportageronde", "Rapportageronde geopend")]
    public sealed record Command(long ProgrammaId, int Jaar, DateOnly Uiterlijk, string Toelichting) : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Toelichting).MaxTekens(Tekstgrenzen.Tekst, "De toelichting");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await ProgrammaBestaat.EisAsync(c, cmd.ProgrammaId, tx);
            var periode = await DoelstellingRules.PeriodeAsync(c, cmd.ProgrammaId, tx);
            if (cmd.Jaar < periode.Startjaar || cmd.Jaar > periode.Eindjaar)
                throw ValidationException.For(nameof(Command.Jaar),
                    $"{cmd.Jaar} valt buiten de programmaperiode {DoelstellingRules.Periode(periode)}. Kies een jaar binnen die periode.");
            if (cmd.Uiterlijk.Year < cmd.Jaar)
                throw ValidationException.For(nameof(Command.Uiterlijk),
                    $"De uiterste datum ligt voor het jaar {cmd.Jaar}; over een jaar rapporteert men tijdens of na dat jaar.");
            if (await c.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM rapportageronde WHERE programma_id = @ProgrammaId AND jaar = @Jaar", cmd, tx) > 0)
                throw ValidationException.For(nameof(Command.Jaar), $"Er is al een rapportageronde over {cmd.Jaar}. Per jaar is er één ronde.");

            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO rapportageronde (programma_id, jaar, uiterlijk, toelichting, geopend_op, geopend_door)
                VALUES (@ProgrammaId, @Jaar, @Uiterlijk, @Toelichting, @op, @door) RETURNING id
                """, new { cmd.ProgrammaId, cmd.Jaar, cmd.Uiterlijk, cmd.Toelichting, op = Tijd.Stempel(clock), door = user.Naam }, tx);
            await c.ExecuteAsync(
                """
                INSERT INTO rapportage (ronde_id, partner_id, status)
                SELECT @id, p.id, @status FROM partner p WHERE p.programma_id = @ProgrammaId
                """, new { id, cmd.ProgrammaId, status = RapportageStatus.Open }, tx);
            return id;
        }, ct);
    }
}
