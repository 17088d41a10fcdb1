using System.Data.Common;
using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Partners;

/// <summary>Changes a partner's fields. Returns the partner's new version.</summary>
public static class UpdatePartner
{
    [Logboek("UpdatePartner", "Partner gewijzigd")]
    public sealed record Command(
        long ProgrammaId, long PartnerId, int Version, string Naam, string Soort, string Rol, string Contactpersoon,
        string Email, string BestuurderNaam, string BestuurderFunctie, string Plaats, decimal? Uurtarief = null,
        bool TekentToch = false)
        : ICommand<int>, IProgrammaScoped, IPartnerGegevens;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => PartnerRules.Apply(this);
    }

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command cmd, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            int rows;
            try
            {
                rows = await c.ExecuteAsync(
                    """
                    UPDATE partner SET naam = @Naam, soort = @Soort, rol = @Rol, contactpersoon = @Contactpersoon, email = @Email,
                        bestuurder_naam = @BestuurderNaam, bestuurder_functie = @BestuurderFunctie, plaats = @Plaats, uurtarief = @Uurtarief,
                        tekent_toch = @TekentToch, version = version + 1
                    WHERE id = @PartnerId AND programma_id = @ProgrammaId AND version = @Version
                    """, PartnerRules.Parameters(cmd, new { cmd.ProgrammaId, cmd.PartnerId, cmd.Version }));
            }
            catch (DbException e) when (Db.IsUniqueViolation(e))
            {
                throw ValidationException.For(nameof(Command.Naam), PartnerRules.DubbeleNaam(cmd.Naam));
            }
            if (rows == 0) throw await Concurrency.ExplainAsync(c, "partner", cmd.PartnerId, cmd.ProgrammaId, "De partner");
            return cmd.Version + 1;
        }
    }
}
