using System.Data.Common;
using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// A participant joins an open session by its code: picks their partner and optionally a name. Anonymous
/// (<see cref="IDeelnemerRequest"/>): the cookie key identifies the phone; joining again changes partner/name.
/// No partner (<see cref="Command.PartnerId"/> null): a resident or informal partner, "namens" whom they like; only when
/// the facilitator allowed that for this session.
/// </summary>
public static class JoinBijeenkomst
{
    [Vereist(Recht.Iedereen)]
    [Logboek("JoinBijeenkomst", "Deelnemer aangesloten")]
    public sealed record Command(string Code, [property: JsonIgnore] string DeelnemerSleutel, long? PartnerId, string Naam, string Namens = "")
        : ICommand<Result>, IDeelnemerRequest;

    /// <summary>Scoped by the programma the code belongs to, so the audit and the live wall know where it happened.</summary>
    public sealed record Result(long ProgrammaId, long BijeenkomstId) : IProgrammaScoped;

    public const string NietUitgenodigd = "Kies een organisatie uit de lijst: alleen uitgenodigde partners doen mee aan deze bijeenkomst.";
    public const string AlleenPartners = "Kies een organisatie uit de lijst: alleen partners van het programma doen mee aan deze bijeenkomst.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            DeelnemerRules.ApplyCode(this);
            DeelnemerRules.ApplySleutel(this, x => x.DeelnemerSleutel);
            RuleFor(x => x.PartnerId).Must(p => p is null or > 0).WithMessage("Kies voor welke organisatie u meedoet.");
            RuleFor(x => x.Naam).MaxTekens(Tekstgrenzen.Kort, "Uw naam");
            RuleFor(x => x.Namens).MaxTekens(Tekstgrenzen.Kort, "Namens wie u meedoet");
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var sessie = await DeelnemerRules.FindOpenAsync(c, cmd.Code, tx);
            var uitgenodigd = await c.QueryAsync<long>("SELECT partner_id FROM bijeenkomst_partner WHERE bijeenkomst_id = @Id AND uitgenodigd = 1",
                new { sessie.Id }, tx);
            if (cmd.PartnerId is null && !sessie.OpenDeelname)
                throw ValidationException.For(nameof(Command.PartnerId), uitgenodigd.Any() ? NietUitgenodigd : AlleenPartners);
            if (cmd.PartnerId is not null) await CheckPartnerAsync(c, tx, sessie, cmd.PartnerId.Value, uitgenodigd);
            await c.ExecuteAsync(
                """
                INSERT INTO deelnemer (programma_id, bijeenkomst_id, sleutel, partner_id, naam, namens)
                VALUES (@ProgrammaId, @Id, @sleutel, @PartnerId, @naam, @namens)
                ON CONFLICT (bijeenkomst_id, sleutel) DO UPDATE SET partner_id = excluded.partner_id, naam = excluded.naam, namens = excluded.namens
                """, new
                {
                    sessie.ProgrammaId, sessie.Id, sleutel = cmd.DeelnemerSleutel, cmd.PartnerId, naam = cmd.Naam?.Trim() ?? "",
                    namens = cmd.PartnerId is null ? cmd.Namens?.Trim() ?? "" : "",
                }, tx);
            return new Result(sessie.ProgrammaId, sessie.Id);
        }, ct);

        private static async Task CheckPartnerAsync(
            DbConnection c, DbTransaction tx, OpenSessie sessie, long partnerId, IEnumerable<long> uitgenodigd)
        {
            var partner = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM partner WHERE id = @PartnerId AND programma_id = @ProgrammaId",
                new { PartnerId = partnerId, sessie.ProgrammaId }, tx);
            if (partner == 0) throw ValidationException.For(nameof(Command.PartnerId), "Kies een organisatie uit de lijst.");
            // The same rule as the list GetDeelname offers: once partners are invited, only they take part.
            if (uitgenodigd.Any() && !uitgenodigd.Contains(partnerId))
                throw ValidationException.For(nameof(Command.PartnerId), NietUitgenodigd);
        }
    }
}
