using System.Text.Json.Serialization;
using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>Keeps the printed voortgangsrapportage of a frozen version, as <see cref="RecordPlanversieDocument"/> for the plan.</summary>
public static class RecordVoortgangsversieDocument
{
    [Vereist(Recht.Lezen)]
    [Logboek("RecordVoortgangsversieDocument", "Voortgangsrapportage afgedrukt en bewaard")]
    public sealed record Command(long ProgrammaId, int Jaar, int Nummer, string Status, string Formaat, string Bestandsnaam,
        [property: JsonIgnore] byte[] Inhoud) : ICommand<Versiedocument>, IProgrammaScoped, IVersiedocumentOpdracht;

    public sealed class Validator : VersiedocumentValidator<Command>;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Versiedocument>
    {
        public Task<Versiedocument> Handle(Command cmd, CancellationToken ct) =>
            Versiedocument.RecordAsync(db, clock, Besluitstuk.Voortgang(cmd.Jaar), cmd.ProgrammaId, cmd.Nummer, cmd, ct);
    }
}
