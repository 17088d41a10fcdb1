using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Rapportages;

/// <summary>
/// The partner (or a facilitator on its behalf) submits its rapportage: ingediend, with a step in its history. The figures
/// are what the last save stored. Returns the rapportage's new version.
/// </summary>
public static class SubmitRapportage
{
    [Vereist(Recht.Lezen)] // a partner's member of any role; the handler checks the link to the partner
    [Logboek("SubmitRapportage", "Rapportage ingediend")]
    public sealed record Command(long ProgrammaId, long RapportageId, long PartnerId, int Version) : ICommand<int>, IProgrammaScoped
    {
        /// <summary>Set by the handler, so the logboek shows that a facilitator submitted on the partner's behalf.</summary>
        public bool NamensPartner { get; set; }
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var r = await RapportageRules.FindAsync(c, cmd.ProgrammaId, cmd.RapportageId, tx);
            var b = await RapportageRules.EisInvullenAsync(c, tx, user, cmd.ProgrammaId, r, cmd.PartnerId);
            cmd.NamensPartner = b.Namens;
            var version = await RapportageRules.SetStatusAsync(c, tx, cmd.ProgrammaId, r, cmd.Version, RapportageStatus.Ingediend);
            await RapportageRules.StapAsync(c, tx, r.Id, RapportageStatus.Ingediend, "", RapportageRules.Door(user, b, r.PartnerNaam),
                Tijd.Stempel(clock));
            return version;
        }, ct);
    }
}
