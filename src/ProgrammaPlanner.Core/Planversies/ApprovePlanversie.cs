using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>A partner's bestuurder approves the version ter besluitvorming in the app. Returns the version's status afterwards.</summary>
public static class ApprovePlanversie
{
    [Vereist(Recht.Besluiten)]
    [Logboek("ApprovePlanversie", "Planversie goedgekeurd")]
    public sealed record Command(long ProgrammaId, int Nummer, long PartnerId, string Opmerking) : ICommand<string>, IProgrammaScoped, IVraagtExemplaar;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Opmerking).MaxTekens(Tekstgrenzen.Tekst, "De opmerking");
    }

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail) : IRequestHandler<Command, string>
    {
        public Task<string> Handle(Command cmd, CancellationToken ct) =>
            InDeApp.BesluitAsync(db, user, clock, mail, Besluitstuk.Plan, cmd.ProgrammaId, cmd.Nummer, cmd.PartnerId, Besluit.Goedgekeurd, cmd.Opmerking, ct);
    }
}

/// <summary>A bestuurder decides in the app for the partner they are linked to; shared by plan and voortgangsrapportage versions.</summary>
internal static class InDeApp
{
    public static async Task<string> BesluitAsync(Db db, ICurrentUser user, TimeProvider clock, MailSettings mail, Besluitstuk stuk,
        long programmaId, int nummer, long partnerId, string besluit, string opmerking, CancellationToken ct)
    {
        await using var d = await Besluiten.OpenDuurzaamAsync(db, ct);
        var c = d.Connection;
        await using var tx = c.BeginTransaction();
        var (versieId, partnerNaam, _) = await Besluiten.ZoekAsync(c, tx, stuk, programmaId, nummer, partnerId);
        if (!(await Bevoegdheid.PartnersVanAsync(c, user, programmaId, tx)).Contains(partnerId))
            throw new RefusedException($"Alleen de bestuurder van {partnerNaam} kan namens {partnerNaam} besluiten. " +
                "Is het besluit op papier genomen? Laat de facilitator het dan vastleggen.");

        var status = await Besluiten.VastleggenAsync(c, tx, stuk, versieId, new Besluiten.Nieuw(programmaId, nummer, partnerId, besluit,
            BesluitWijze.InDeApp, user.Naam, Tijd.Vandaag(clock), opmerking, Tijd.Stempel(clock), user.Naam));
        await Besluitmelding.EnqueueAsync(c, tx, mail, clock, new(stuk, programmaId, nummer, partnerNaam, besluit, $"in de app, door {user.Naam}",
            opmerking, status));
        await tx.CommitAsync(ct);
        return status;
    }
}
