using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>
/// The facilitator edits a bijdrage on the wall: soort, text, partner (null: a resident or informal partner; <see cref="Command.Namens"/>
/// null keeps the stored "namens"), cluster. Returns the new version.
/// </summary>
public static class UpdateBijdrage
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("UpdateBijdrage", "Bijdrage gewijzigd")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version, string Soort, string Tekst, long? PartnerId, string Cluster,
        string? Namens = null)
        : ICommand<int>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Soort).Must(s => BijdrageSoort.Alle.Contains(s)).WithMessage("Kies de soort: ambitie, belang, idee of zorg.");
            BijdrageRules.ApplyTekst(this, x => x.Tekst);
            RuleFor(x => x.Cluster).MaxTekens(Tekstgrenzen.Kort, "De naam van het cluster");
            RuleFor(x => x.Namens!).MaxTekens(Tekstgrenzen.Kort, "Namens wie").When(x => x.Namens is not null);
        }
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            if (cmd.PartnerId is { } partnerId) await BijdrageRules.CheckPartnerAsync(c, tx, cmd.ProgrammaId, partnerId);
            var rows = await c.ExecuteAsync(
                """
                UPDATE bijdrage SET soort = @Soort, tekst = @Tekst, partner_id = @PartnerId, cluster = @Cluster,
                    namens = COALESCE(@Namens, namens), version = version + 1
                WHERE id = @BijdrageId AND programma_id = @ProgrammaId AND version = @Version
                """, cmd with { Tekst = cmd.Tekst.Trim(), Cluster = cmd.Cluster?.Trim() ?? "", Namens = cmd.Namens?.Trim() }, tx);
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "bijdrage", cmd.BijdrageId, cmd.ProgrammaId, "De bijdrage", tx);
            return cmd.Version + 1;
        }, ct);
    }
}
