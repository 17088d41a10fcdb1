using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Shows a hidden bijdrage on the public inbreng page again (undoes <see cref="HideBijdrage"/>). Returns the new version.</summary>
public static class ShowBijdrage
{
    [Vereist(Recht.Faciliteren)]
    [Logboek("ShowBijdrage", "Bijdrage weer getoond op de openbare pagina")]
    public sealed record Command(long ProgrammaId, long BijdrageId, int Version) : ICommand<int>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Command, int>
    {
        public Task<int> Handle(Command cmd, CancellationToken ct) => db.InTransactionAsync(
            (c, tx) => HideBijdrage.SetAsync(c, tx, cmd.ProgrammaId, cmd.BijdrageId, cmd.Version, null), ct);
    }
}
