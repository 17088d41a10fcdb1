using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant joins an open session by its code: picks their partner and optionally a name. Anonymous
/// (<see cref="IDeelnemerRequest"/>): the cookie key identifies the phone; joining again changes partner/name.
/// </summary>
public static class JoinBijeenkomst
{
    [Vereist(Recht.Iedereen)]
    [Logboek("JoinBijeenkomst", "Deelnemer aangesloten")]
    public sealed record Command(string Code, string DeelnemerSleutel, long PartnerId, string Naam) : ICommand<Result>, IDeelnemerRequest;

    /// <summary>Scoped by the programma the code belongs to, so the audit and the live wall know where it happened.</summary>
    public sealed record Result(long ProgrammaId, long BijeenkomstId) : IProgrammaScoped;

    public const string NietUitgenodigd = "Kies een organisatie uit de lijst: alleen uitgenodigde partners doen mee aan deze bijeenkomst.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            DeelnemerRules.ApplyCode(this);
            DeelnemerRules.ApplySleutel(this, x => x.DeelnemerSleutel);
            RuleFor(x => x.PartnerId).GreaterThan(0).WithMessage("Kies voor welke organisatie u meedoet.");
            RuleFor(x => x.Naam).MaxTekens(Tekstgrenzen.Kort, "Uw naam");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var sessie = await DeelnemerRules.FindOpenAsync(c, cmd.Code, tx);
            var partner = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM partner WHERE id = @PartnerId AND programma_id = @ProgrammaId",
                new { cmd.PartnerId, sessie.ProgrammaId }, tx);
            if (partner == 0) throw ValidationException.For(nameof(Command.PartnerId), "Kies een organisatie uit de lijst.");
            // The same rule as the list GetDeelname offers: once partners are invited, only they take part.
            var uitgenodigd = await c.QueryAsync<long>("SELECT partner_id FROM bijeenkomst_partner WHERE bijeenkomst_id = @Id AND uitgenodigd = 1",
                new { sessie.Id }, tx);
            if (uitgenodigd.Any() && !uitgenodigd.Contains(cmd.PartnerId))
                throw ValidationException.For(nameof(Command.PartnerId), NietUitgenodigd);
            await c.ExecuteAsync(
                """
                INSERT INTO deelnemer (programma_id, bijeenkomst_id, sleutel, partner_id, naam) VALUES (@ProgrammaId, @Id, @sleutel, @PartnerId, @naam)
                ON CONFLICT (bijeenkomst_id, sleutel) DO UPDATE SET partner_id = excluded.partner_id, naam = excluded.naam
                """, new { sessie.ProgrammaId, sessie.Id, sleutel = cmd.DeelnemerSleutel, cmd.PartnerId, naam = cmd.Naam?.Trim() ?? "" }, tx);
            return new Result(sessie.ProgrammaId, sessie.Id);
        }, ct);
    }
}
