using System.Text.Json.Serialization;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// Keeps the printed programmaplan of a frozen version (see <see cref="Versiedocument"/>): written once, never replaced; when a copy
/// is kept already (two prints at the same moment) that one stays and is returned. Any member may cause it: the first download of
/// a version not printed yet prints it. The bytes come from the app's own print of the frozen snapshot, never from a user
/// (commands are not reachable from a browser).
/// </summary>
public static class RecordPlanversieDocument
{
    [Vereist(Recht.Lezen)]
    [Logboek("RecordPlanversieDocument", "Planversie afgedrukt en bewaard")]
    public sealed record Command(long ProgrammaId, int Nummer, string Status, string Formaat, string Bestandsnaam,
        [property: JsonIgnore] byte[] Inhoud) : ICommand<Versiedocument>, IProgrammaScoped, IVersiedocumentOpdracht;

    public sealed class Validator : VersiedocumentValidator<Command>;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Versiedocument>
    {
        public Task<Versiedocument> Handle(Command cmd, CancellationToken ct) =>
            Versiedocument.RecordAsync(db, clock, Besluitstuk.Plan, cmd.ProgrammaId, cmd.Nummer, cmd, ct);
    }
}
