using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Opmerkingen;

/// <summary>
/// Places a comment on an element of the plan: a new thread, or (<see cref="Command.ReactieOp"/>) a reply in one. Any
/// member may, a lezer too: commenting changes nothing of the plan. A reply to a reply joins the thread of its root; a
/// resolved thread takes no replies (it is reopened first). A reply is mailed to those who wrote in the thread before.
/// </summary>
public static class AddOpmerking
{
    [Vereist(Recht.Lezen)]
    [Logboek("AddOpmerking", "Opmerking geplaatst")]
    public sealed record Command(long ProgrammaId, string Soort, string Onderwerp, string Tekst, long? ReactieOp = null)
        : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long OpmerkingId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Soort).Must(s => Opmerkingen.Onderwerp.Soorten.Contains(s)).WithMessage("Kies waar de opmerking over gaat.");
            RuleFor(c => c.Onderwerp).NotEmpty().WithMessage("Kies waar de opmerking over gaat.").MaxTekens(Tekstgrenzen.Kort, "Het onderwerp");
            RuleFor(c => c.Tekst).NotEmpty().WithMessage("Schrijf eerst uw opmerking.").MaxTekens(Tekstgrenzen.Tekst, "De opmerking");
        }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var titel = await Opmerkingen.Onderwerp.TitelAsync(c, tx, cmd.ProgrammaId, cmd.Soort, cmd.Onderwerp);
            long? ouder = null;
            if (cmd.ReactieOp is { } op)
            {
                var draad = await c.QuerySingleOrDefaultAsync<(long Id, string Soort, string Onderwerp, string? OpgelostOp)>(
                    """
                    SELECT r.id, r.onderwerp_soort, r.onderwerp, r.opgelost_op FROM opmerking o
                    JOIN opmerking r ON r.id = COALESCE(o.ouder_id, o.id)
                    WHERE o.id = @op AND o.programma_id = @ProgrammaId
                    """, new { op, cmd.ProgrammaId }, tx);
                if (draad.Id == 0 || draad.Soort != cmd.Soort || draad.Onderwerp != cmd.Onderwerp)
                    throw new NotFoundException("De opmerking waarop u reageert bestaat niet (meer).");
                if (draad.OpgelostOp is not null)
                    throw new RefusedException("Dit gesprek is als opgelost afgesloten. Begin een nieuwe opmerking, of vraag wie het begon of een "
                        + "facilitator om het te heropenen.");
                ouder = draad.Id;
            }
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO opmerking (programma_id, onderwerp_soort, onderwerp, ouder_id, tekst, auteur_id, auteur_naam, geplaatst_op)
                VALUES (@ProgrammaId, @Soort, @Onderwerp, @ouder, @Tekst, @GebruikerId, @Naam, @op)
                RETURNING id
                """, new { cmd.ProgrammaId, cmd.Soort, cmd.Onderwerp, ouder, cmd.Tekst, user.GebruikerId, user.Naam, op = Tijd.Stempel(clock) }, tx);
            if (ouder is { } draadId)
                await Opmerkingmelding.EnqueueAsync(c, tx, mail, clock, cmd.ProgrammaId, draadId, user.GebruikerId, user.Naam, titel, cmd.Tekst);
            return new Result(id);
        }, ct);
    }
}
