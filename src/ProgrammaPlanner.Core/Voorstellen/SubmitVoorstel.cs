using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Prioritering;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>
/// A member linked to a partner proposes a new value for one field of the plan (<see cref="Voorstelveld"/>) instead of
/// editing it. A lezer may comment but not propose; an inzet can only be proposed for the proposer's own partner. The
/// value now is kept with the proposal, so whoever decides sees whether the field changed since.
/// </summary>
public static class SubmitVoorstel
{
    public const string LezerMagNiet =
        "Als lezer kunt u opmerkingen plaatsen, maar geen wijzigingen voorstellen. Vraag de facilitator om een andere rol.";

    public const string NietGekoppeld =
        "U bent niet aan een partner gekoppeld. Vraag de facilitator om u aan uw organisatie te koppelen; daarna kunt u wijzigingen voorstellen.";

    public const string AnderePartner = "U kunt alleen een wijziging voorstellen voor de inzet van uw eigen organisatie.";

    /// <param name="NieuweTekst">The new text of a text field.</param>
    /// <param name="NieuwGetal">The new streefwaarde, or the inzet's euro's.</param>
    /// <param name="NieuweUren">The inzet's uren.</param>
    /// <param name="PartnerId">Inzet: whose inzet (must be the proposer's own partner).</param>
    [Vereist(Recht.Lezen)]
    [Logboek("SubmitVoorstel", "Wijziging voorgesteld")]
    public sealed record Command(
        long ProgrammaId, string Veld, long ElementId, string NieuweTekst = "", decimal NieuwGetal = 0, decimal NieuweUren = 0,
        int? Jaar = null, string? Soort = null, long? PartnerId = null, string Toelichting = "") : ICommand<Result>, IProgrammaScoped;

    public sealed record Result(long VoorstelId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Veld).Must(v => Voorstelveld.Alle.Contains(v)).WithMessage("Kies een veld waarvoor u een wijziging voorstelt.");
            RuleFor(x => x.NieuweTekst).MaxTekens(Tekstgrenzen.Tekst, "De voorgestelde tekst");
            RuleFor(x => x.Toelichting).MaxTekens(Tekstgrenzen.KorteTekst, "De toelichting");
            RuleFor(x => x.Soort).MaximumLength(Tekstgrenzen.Kort).WithMessage(Tekstgrenzen.TeLang("De soort inzet", Tekstgrenzen.Kort));
            RuleFor(x => x.Jaar).NotNull().WithMessage("Kies het jaar.").When(x => Voorstelveld.HeeftJaar(x.Veld));
            When(x => x.Veld == Voorstelveld.Inzet, () =>
            {
                RuleFor(x => x.Soort).Must(s => s is not null && InzetSoort.Alle.Contains(s))
                    .WithMessage($"Kies een soort inzet: {string.Join(", ", InzetSoort.Alle)}.");
                RuleFor(x => x.NieuwGetal).Bedrag();
                RuleFor(x => x.NieuweUren).Uren();
            });
        }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var rol = await c.ExecuteScalarAsync<string?>(
                "SELECT rol FROM lidmaatschap WHERE gebruiker_id = @GebruikerId AND programma_id = @ProgrammaId",
                new { user.GebruikerId, cmd.ProgrammaId }, tx);
            if (rol == ProgrammaRol.Lezer) throw new RefusedException(LezerMagNiet);
            var partner = await Scorerecht.PartnerVanAsync(c, user, cmd.ProgrammaId, tx) ?? throw new RefusedException(NietGekoppeld);
            if (cmd.Veld == Voorstelveld.Inzet && cmd.PartnerId is { } ander && ander != partner) throw new RefusedException(AnderePartner);

            var doel = Doel(cmd, partner);
            var (_, oud) = await Voorstelveld.HuidigeAsync(c, tx, cmd.ProgrammaId, doel);
            await Voorstelveld.CheckAsync(c, tx, cmd.ProgrammaId, doel);
            var nieuw = cmd.Veld switch
            {
                Voorstelveld.Streefwaarde => Voorstelveld.Getal(cmd.NieuwGetal),
                Voorstelveld.Inzet => Voorstelveld.InzetWaarde(cmd.NieuwGetal, cmd.NieuweUren),
                _ => cmd.NieuweTekst,
            };
            if (Voorstelveld.Gelijk(cmd.Veld, oud, nieuw))
                throw ValidationException.For(Voorstelveld.IsTekst(cmd.Veld) ? nameof(Command.NieuweTekst) : nameof(Command.NieuwGetal),
                    "Dit is de huidige waarde al. Pas de waarde aan die u wilt voorstellen.");

            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO voorstel (programma_id, veld, element_id, jaar, soort, partner_id, indiener_id, indiener_naam, oude_waarde,
                    nieuwe_waarde, toelichting, ingediend_op)
                VALUES (@ProgrammaId, @Veld, @ElementId, @Jaar, @Soort, @partner, @GebruikerId, @Naam, @oud, @nieuw, @Toelichting, @op)
                RETURNING id
                """,
                new
                {
                    cmd.ProgrammaId, cmd.Veld, cmd.ElementId, doel.Jaar, doel.Soort, partner, user.GebruikerId, user.Naam, oud, nieuw,
                    cmd.Toelichting, op = Tijd.Stempel(clock),
                }, tx);
            return new Result(id);
        }, ct);

        private static Voorstelveld.Doel Doel(Command cmd, long partner) => new(
            cmd.Veld, cmd.ElementId, Voorstelveld.HeeftJaar(cmd.Veld) ? cmd.Jaar : null, cmd.Veld == Voorstelveld.Inzet ? cmd.Soort : null, partner);
    }
}
