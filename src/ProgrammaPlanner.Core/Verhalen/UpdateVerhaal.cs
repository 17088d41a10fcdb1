using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Verhalen;

/// <summary>Changes a story, its tags and its opgaven at the version the user read. Returns the new version.</summary>
public static class UpdateVerhaal
{
    // As RecordVerhaal: the story's words never reach the audit summary.
    [Logboek("UpdateVerhaal", "Verhaal gewijzigd")]
    public sealed record Command(
        long ProgrammaId, long VerhaalId, int Version, [property: JsonIgnore] string Titel, [property: JsonIgnore] string Tekst, string Verteller,
        long? VerbondsgroepId, DateOnly OpgetekendOp, IReadOnlyList<string> Bestaanszekerheden, IReadOnlyList<long> Ontwikkelopgaven)
        : ICommand<int>, IVerhaalGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => VerhaalRules.Apply(this);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var version = await Versioned.BumpVersionAsync(c, tx, Tables.Verhaal, cmd.VerhaalId, cmd.ProgrammaId, cmd.Version, VerhaalRules.VerhaalWat);
            await VerhaalRules.CheckAsync(c, tx, cmd, clock);
            await c.ExecuteAsync(
                """
                UPDATE verhaal SET titel = @Titel, tekst = @Tekst, verteller = @Verteller, verbondsgroep_id = @VerbondsgroepId,
                                   opgetekend_op = @OpgetekendOp
                WHERE id = @VerhaalId
                """, cmd with { Titel = cmd.Titel.Trim(), Tekst = cmd.Tekst.Trim() }, tx);
            await c.ExecuteAsync("DELETE FROM verhaal_bestaanszekerheid WHERE verhaal_id = @VerhaalId", cmd, tx);
            await c.ExecuteAsync("DELETE FROM verhaal_ontwikkelopgave WHERE verhaal_id = @VerhaalId", cmd, tx);
            await VerhaalRules.InsertLinksAsync(c, tx, cmd.VerhaalId, cmd);
            return version;
        }, ct);
    }
}
