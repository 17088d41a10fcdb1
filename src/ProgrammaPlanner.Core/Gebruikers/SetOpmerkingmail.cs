using Dapper;
using FluentValidation;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Meldingen;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>The signed-in user chooses how they hear of replies in threads they wrote in (see <see cref="Opmerkingmail"/>).</summary>
public static class SetOpmerkingmail
{
    [Vereist(Recht.Aangemeld)]
    [Logboek("SetOpmerkingmail", "E-mail over opmerkingen ingesteld")]
    public sealed record Command(string Keuze) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Keuze).Must(k => Opmerkingmail.Alle.Contains(k))
            .WithMessage("Kies hoe u over reacties op uw opmerkingen hoort: meteen, één overzicht per dag of geen e-mail.");
    }

    public sealed class Handler(Db db, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(async (c, tx) =>
        {
            var rijen = await c.ExecuteAsync("UPDATE gebruiker SET opmerkingmail = @Keuze WHERE id = @GebruikerId",
                new { cmd.Keuze, user.GebruikerId }, tx);
            if (rijen == 0) throw new NietAangemeldException();
            return Unit.Value;
        }, ct);
    }
}
