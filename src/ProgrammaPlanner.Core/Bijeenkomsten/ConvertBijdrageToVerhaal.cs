using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Verhalen;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// One action on the wall: records the card's text as a story and links the bijdrage to it, in one transaction: both happen
/// or neither. The story's rules apply, so a card that names a phone number or address is refused at Tekst (the facilitator
/// edits the card first). Returns the new story's id and the bijdrage's new version.
/// </summary>
public static class ConvertBijdrageToVerhaal
{
    // The titel stays out of the audit summary, as with RecordVerhaal; the text is the bijdrage's, not in the command.
    [Vereist(Recht.Faciliteren)]
    [Logboek("ConvertBijdrageToVerhaal", "Bijdrage omgezet in verhaal")]
    public sealed record Command(
        long ProgrammaId, long BijdrageId, int Version, [property: JsonIgnore] string Titel, string Verteller, long? VerbondsgroepId,
        DateOnly OpgetekendOp, IReadOnlyList<string> Bestaanszekerheden, IReadOnlyList<long> Ontwikkelopgaven)
        : ICommand<BijdrageOmgezet>, IVerhaalKenmerken;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => VerhaalRules.ApplyKenmerken(this);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, BijdrageOmgezet>
    {
        public Task<BijdrageOmgezet> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            // Check the bijdrage before creating anything, so a stale or unknown bijdrage gets its own message.
            await BijdrageRules.CheckConvertibleAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version);
            var tekst = await c.ExecuteScalarAsync<string>("SELECT tekst FROM bijdrage WHERE id = @BijdrageId", cmd, tx) ?? "";
            if (Persoonskenmerken.Melding(tekst) is { } melding) throw ValidationException.For("Tekst", melding);
            if (tekst.Trim().Length > Tekstgrenzen.Tekst) throw ValidationException.For("Tekst", Tekstgrenzen.TeLang("Het verhaal", Tekstgrenzen.Tekst));
            var id = await RecordVerhaal.InsertAsync(c, tx, cmd, tekst, clock);
            var version = await BijdrageRules.LinkAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, null, ElementSoort.Verhaal, id);
            return new BijdrageOmgezet(id, version);
        }, ct);
    }
}
