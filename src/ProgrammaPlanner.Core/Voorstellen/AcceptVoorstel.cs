using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Voorstellen;

/// <summary>
/// A facilitator or redacteur takes a proposal over: the value is applied with the checks of the field's own command and
/// the element's version raised, in one transaction with marking the proposal overgenomen. When the field changed since
/// the proposal was made, it is refused with the value now and the proposed one, unless <see cref="Command.OndanksWijziging"/>.
/// </summary>
public static class AcceptVoorstel
{
    [Logboek("AcceptVoorstel", "Voorstel overgenomen")]
    public sealed record Command(long ProgrammaId, long VoorstelId, bool OndanksWijziging = false, string Titel = "")
        : ICommand<Unit>, IProgrammaScoped
    {
        /// <summary>
        /// The origin as the logboek shows it ("Voorstel van Civic Amsterdam overgenomen: …"), written by the handler before
        /// the command is logged; what a caller sends here is replaced.
        /// </summary>
        public string Titel { get; set; } = Titel;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Titel).MaxTekens(Tekstgrenzen.LangeTekst, "De herkomst");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var v = await Voorstel.FindOpenAsync(c, tx, cmd.ProgrammaId, cmd.VoorstelId);
            var (naam, nu) = await Voorstelveld.HuidigeAsync(c, tx, cmd.ProgrammaId, v.Doel);
            if (!cmd.OndanksWijziging && !Voorstelveld.Gelijk(v.Veld, nu, v.OudeWaarde))
                throw new ConflictException(Gewijzigd(v.Veld, nu, v.NieuweWaarde));
            await Voorstelveld.ApplyAsync(c, tx, cmd.ProgrammaId, v.Doel, v.NieuweWaarde);
            await c.ExecuteAsync(
                "UPDATE voorstel SET status = @status, besloten_door = @Naam, besloten_op = @op WHERE id = @Id",
                new { status = VoorstelStatus.Overgenomen, user.Naam, op = Tijd.Stempel(clock), v.Id }, tx);
            cmd.Titel = Herkomst(v, naam, "overgenomen");
            return Unit.Value;
        }, ct);
    }

    /// <summary>E.g. "Voorstel van Civic Amsterdam overgenomen: doel van het project 'Zwemles'".</summary>
    internal static string Herkomst(Voorstel v, string naam, string besluit) =>
        $"Voorstel van {v.PartnerNaam} {besluit}: {Voorstelveld.Label(v.Veld).ToLowerInvariant()}{(v.Jaar is { } j ? $" {j}" : "")} '{naam}'";

    public static string Gewijzigd(string veld, string nu, string voorgesteld) =>
        $"{Voorstelveld.Label(veld)} is gewijzigd sinds dit voorstel werd gedaan. Nu: “{Voorstelveld.Weergave(veld, nu)}”. " +
        $"Voorgesteld: “{Voorstelveld.Weergave(veld, voorgesteld)}”. Kies ‘Toch overnemen’ als het voorstel de huidige waarde moet vervangen.";
}
