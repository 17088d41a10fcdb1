using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>The facilitator adds a bijdrage by hand (a sticky note, something said at the table). Returns its id.</summary>
public static class AddBijdrage
{
    [Logboek("AddBijdrage", "Bijdrage toegevoegd")]
    public sealed record Command(long ProgrammaId, long BijeenkomstId, string Soort, string Tekst, long PartnerId, string Naam)
        : ICommand<long>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Soort).Must(s => BijdrageSoort.Alle.Contains(s)).WithMessage("Kies de soort: ambitie, belang, idee of zorg.");
            BijdrageRules.ApplyTekst(this, x => x.Tekst);
            RuleFor(x => x.Naam).MaxTekens(Tekstgrenzen.Kort, "De naam");
        }
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            await BijeenkomstRules.FindAsync(c, cmd.ProgrammaId, cmd.BijeenkomstId, tx);
            await BijdrageRules.CheckPartnerAsync(c, tx, cmd.ProgrammaId, cmd.PartnerId);
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO bijdrage (programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, ingediend_op)
                VALUES (@ProgrammaId, @BijeenkomstId, @Soort, @Tekst, @PartnerId, @Naam, @Nu)
                RETURNING id
                """, new
                {
                    cmd.ProgrammaId, cmd.BijeenkomstId, cmd.Soort, Tekst = cmd.Tekst.Trim(), cmd.PartnerId,
                    Naam = cmd.Naam?.Trim() ?? "", Nu = BijdrageRules.Tijdstip(clock)
                }, tx);
            return id;
        }, ct);
    }
}
