using Dapper;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Meldingen;

/// <summary>
/// The beheerder's "Nu opnieuw proberen": every mail not sent yet, given up or waiting, is due now (its count of tries stays).
/// They are sent at once; returns how many were due and how many went out.
/// </summary>
public static class RetryUitgaandeMail
{
    [Vereist(Recht.Beheerder)]
    [Logboek("RetryUitgaandeMail", "Mail opnieuw geprobeerd")]
    public sealed record Command : ICommand<Result>;

    public sealed record Result(int Klaargezet, int Verzonden);

    public sealed class Handler(Db db, TimeProvider clock, MailSender sender) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command cmd, CancellationToken ct)
        {
            int klaar;
            await using (var c = await db.OpenAsync(ct))
                klaar = await c.ExecuteAsync("UPDATE uitgaande_mail SET volgende_poging_op = @nu, opgegeven = 0 WHERE verzonden_op IS NULL",
                    new { nu = Tijd.Stempel(clock) });
            return new Result(klaar, await sender.SendDueAsync(ct));
        }
    }
}
