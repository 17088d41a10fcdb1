using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Partners;

/// <summary>Adds an organisation to the coalition. Returns the new partner's id.</summary>
public static class AddPartner
{
    [Logboek("AddPartner", "Partner toegevoegd")]
    public sealed record Command(
        long ProgrammaId, string Naam, string Soort, string Rol, string Contactpersoon, string Email,
        string BestuurderNaam, string BestuurderFunctie, string Plaats, decimal? Uurtarief = null, bool TekentToch = false)
        : ICommand<long>, IProgrammaScoped, IPartnerGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => PartnerRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, long>
    {
        public async Task<long> Handle(Command cmd, CancellationToken ct)
        {
            try
            {
                return await db.InTransactionAsync(async (c, tx) =>
                {
                    var id = await c.ExecuteScalarAsync<long?>(
                                 """
                                 INSERT INTO partner (programma_id, naam, soort, rol, contactpersoon, email, bestuurder_naam, bestuurder_functie, plaats,
                                     uurtarief, tekent_toch)
                                 SELECT id, @Naam, @Soort, @Rol, @Contactpersoon, @Email, @BestuurderNaam, @BestuurderFunctie, @Plaats, @Uurtarief,
                                     @TekentToch
                                 FROM programma WHERE id = @ProgrammaId
                                 RETURNING id
                                 """, PartnerRules.Parameters(cmd, new { cmd.ProgrammaId }), tx)
                             ?? throw ProgrammaScope.ProgrammaNotFound();
                    // A partner that joins while a rapportageronde is open reports in it too.
                    await c.ExecuteAsync(
                        """
                        INSERT INTO rapportage (ronde_id, partner_id, status)
                        SELECT r.id, @id, @open FROM rapportageronde r WHERE r.programma_id = @ProgrammaId AND r.gesloten_op IS NULL
                        """, new { id, cmd.ProgrammaId, open = RapportageStatus.Open }, tx);
                    return id;
                }, ct);
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), PartnerRules.DubbeleNaam(cmd.Naam));
            }
        }
    }
}
