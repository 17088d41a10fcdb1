using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>A facilitator or redacteur declines a proposal, always with a reason the proposer reads.</summary>
public static class RejectVoorstel
{
    [Logboek("RejectVoorstel", "Voorstel afgewezen")]
    public sealed record Command(long ProgrammaId, long VoorstelId, string Reden, string Titel = "") : ICommand<Unit>, IProgrammaScoped
    {
        /// <summary>What the logboek shows ("Voorstel van Civic Amsterdam afgewezen: …"), written by the handler; a sent value is replaced.</summary>
        public string Titel { get; set; } = Titel;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Reden).NotEmpty().WithMessage("Geef een reden, zodat de indiener weet waarom het voorstel is afgewezen.")
                .MaxTekens(Tekstgrenzen.KorteTekst, "De reden");
            RuleFor(x => x.Titel).MaxTekens(Tekstgrenzen.LangeTekst, "De herkomst");
        }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var v = await Voorstel.FindOpenAsync(c, tx, cmd.ProgrammaId, cmd.VoorstelId);
            var (naam, _) = await Voorstelveld.HuidigeAsync(c, tx, cmd.ProgrammaId, v.Doel);
            cmd.Titel = AcceptVoorstel.Herkomst(v, naam, "afgewezen");
            await c.ExecuteAsync(
                "UPDATE voorstel SET status = @status, reden = @Reden, besloten_door = @Naam, besloten_op = @op WHERE id = @Id",
                new { status = VoorstelStatus.Afgewezen, cmd.Reden, user.Naam, op = Tijd.Stempel(clock), v.Id }, tx);
            return Unit.Value;
        }, ct);
    }
}
