using System.Data.Common;
using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>
/// Records a story of an Amsterdammer or a professional, tagged with at least one bestaanszekerheid. A titel or tekst with
/// an identifier of a person is refused at its field. Returns the new id.
/// </summary>
public static class RecordVerhaal
{
    // Titel and tekst stay out of the audit summary: every member reads the logboek and a user's data download holds it,
    // while a story belongs to the teller, not to whoever wrote it down. The logboek keeps that it happened and its tags.
    [Logboek("RecordVerhaal", "Verhaal vastgelegd")]
    public sealed record Command(
        long ProgrammaId, [property: JsonIgnore] string Titel, [property: JsonIgnore] string Tekst, string Verteller, long? VerbondsgroepId,
        DateOnly OpgetekendOp, IReadOnlyList<string> Bestaanszekerheden, IReadOnlyList<long> Ontwikkelopgaven) : ICommand<long>, IVerhaalGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => VerhaalRules.Apply(this);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, long>
    {
        public Task<long> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync((c, tx) => InsertAsync(c, tx, cmd, cmd.Tekst, clock), ct);
    }

    /// <summary>Checks and inserts a story in the caller's transaction; the caller ran the validator's rules on it first.</summary>
    public static async Task<long> InsertAsync(DbConnection c, DbTransaction tx, IVerhaalKenmerken v, string tekst, TimeProvider clock)
    {
        await VerhaalRules.CheckAsync(c, tx, v, clock);
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO verhaal (programma_id, titel, tekst, verteller, verbondsgroep_id, opgetekend_op)
            VALUES (@ProgrammaId, @Titel, @tekst, @Verteller, @VerbondsgroepId, @OpgetekendOp)
            RETURNING id
            """, new { v.ProgrammaId, Titel = v.Titel.Trim(), tekst = tekst.Trim(), v.Verteller, v.VerbondsgroepId, v.OpgetekendOp }, tx);
        await VerhaalRules.InsertLinksAsync(c, tx, id, v);
        return id;
    }
}
