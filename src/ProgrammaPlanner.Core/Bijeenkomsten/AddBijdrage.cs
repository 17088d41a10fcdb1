using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// The facilitator types in a bijdrage for someone at the table (a sticky note, someone without a phone): for a partner, or
/// without partner for a resident or informal partner "namens" whom they like. The card says it was typed in by the
/// gespreksleider. Returns its id.
/// </summary>
public static class AddBijdrage
{
    [Logboek("AddBijdrage", "Bijdrage ingevoerd namens een deelnemer")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, string Soort, string Tekst, long? PartnerId, string Naam, string Namens = "")
        : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Soort).Must(s => BijdrageSoort.Alle.Contains(s)).WithMessage("Kies de soort: ambitie, belang, idee of zorg.");
            BijdrageRules.ApplyTekst(this, x => x.Tekst);
            RuleFor(x => x.Naam).MaxTekens(Tekstgrenzen.Kort, "De naam");
            RuleFor(x => x.Namens).MaxTekens(Tekstgrenzen.Kort, "Namens wie");
        }
    }

    public sealed class Handler(Db db, TimeProvider clock, ICurrentUser user) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await BijeenkomstRules.FindAsync(c, cmd.ProgrammaId, cmd.BijeenkomstId, tx);
            if (cmd.PartnerId is { } partnerId) await BijdrageRules.CheckPartnerAsync(c, tx, cmd.ProgrammaId, partnerId);
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO bijdrage (programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, namens, ingediend_op, ingevoerd_door)
                VALUES (@ProgrammaId, @BijeenkomstId, @Soort, @Tekst, @PartnerId, @Naam, @Namens, @Nu, @Door)
                RETURNING id
                """, new
                {
                    cmd.ProgrammaId, cmd.BijeenkomstId, cmd.Soort, Tekst = cmd.Tekst.Trim(), cmd.PartnerId,
                    Naam = cmd.Naam?.Trim() ?? "", Namens = cmd.PartnerId is null ? cmd.Namens?.Trim() ?? "" : "", Nu = BijdrageRules.Tijdstip(clock),
                    Door = string.IsNullOrEmpty(user.Naam) ? "gespreksleider" : user.Naam,
                }, tx);
            return id;
        }, ct);
    }
}
