using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// Keeps the printed programmaplan of a frozen version (see <see cref="GetPlanversieDocument"/>): written once, never replaced. When
/// the copy is already kept (two prints at the same moment), the kept one stays and is returned. Any member may cause it: the
/// first download of a version not printed yet prints it. The bytes come from the app's own print of the frozen snapshot, never
/// from a user (commands are not reachable from a browser).
/// </summary>
public static class RecordPlanversieDocument
{
    [Vereist(Recht.Lezen)]
    [Logboek("RecordPlanversieDocument", "Planversie afgedrukt en bewaard")]
    public sealed record Command(long ProgrammaId, int Nummer, string Status, string Formaat, string Bestandsnaam,
        [property: JsonIgnore] byte[] Inhoud) : ICommand<Versiedocument>, IProgrammaScoped;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).MaxTekens(Tekstgrenzen.Naam, "De status")
                .Must(s => s is PlanversieStatus.TerBesluitvorming or PlanversieStatus.Vastgesteld)
                .WithMessage("Een versiedocument is ter besluitvorming of vastgesteld.");
            RuleFor(c => c.Formaat).MaxTekens(Tekstgrenzen.Naam, "Het formaat")
                .Must(Versiedocument.Formaten.Contains).WithMessage("Een versiedocument is een PDF of een DOCX.");
            RuleFor(c => c.Bestandsnaam).NotEmpty().MaxTekens(Tekstgrenzen.Naam, "De bestandsnaam");
            // A PDF starts with %PDF-, a DOCX (a zip) with PK: no empty or foreign bytes are kept as "signed".
            RuleFor(c => c.Inhoud).Must((c, b) => b is { Length: > 4 } && b.AsSpan().StartsWith(c.Formaat == Versiedocument.Pdf ? "%PDF-"u8 : "PK"u8))
                .WithMessage("Het afgedrukte document is onleesbaar.");
        }
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Versiedocument>
    {
        public async Task<Versiedocument> Handle(Command cmd, CancellationToken ct)
        {
            await using var d = await Besluiten.OpenDuurzaamAsync(db, ct); // what a board signed survives a crash right after
            var c = d.Connection;
            await using var tx = c.BeginTransaction();
            var versie = await c.QuerySingleOrDefaultAsync<(long Id, string Status)>(
                "SELECT id, status FROM planversie WHERE programma_id = @ProgrammaId AND nummer = @Nummer", cmd, tx);
            if (versie.Id == 0) throw new NotFoundException($"Versie {cmd.Nummer} bestaat niet.");
            if (cmd.Status == PlanversieStatus.Vastgesteld && versie.Status != PlanversieStatus.Vastgesteld)
                throw new RefusedException($"Versie {cmd.Nummer} is {versie.Status}, niet vastgesteld: er is nog geen vastgesteld exemplaar.");
            await c.ExecuteAsync(
                """
                INSERT INTO planversie_document (planversie_id, status, formaat, inhoud, sha256, bestandsnaam, gemaakt_op)
                VALUES (@id, @Status, @Formaat, @Inhoud, @sha256, @Bestandsnaam, @op)
                ON CONFLICT (planversie_id, status, formaat) DO NOTHING
                """, new
                {
                    id = versie.Id, cmd.Status, cmd.Formaat, cmd.Inhoud, sha256 = Convert.ToHexStringLower(SHA256.HashData(cmd.Inhoud)),
                    cmd.Bestandsnaam, op = Tijd.Stempel(clock),
                }, tx);
            var bewaard = await Versiedocument.LeesAsync(c, tx, cmd.ProgrammaId, cmd.Nummer, cmd.Status, cmd.Formaat, metInhoud: true);
            await tx.CommitAsync(ct);
            return bewaard!;
        }
    }
}
