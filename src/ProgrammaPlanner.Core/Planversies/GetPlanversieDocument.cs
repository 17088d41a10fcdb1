using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// The printed programmaplan a frozen version hands out now in <see cref="Query.Formaat"/> (pdf or docx), or the copy asked for in
/// <see cref="Query.Exemplaar"/>; without content while not printed yet: the caller prints it once and keeps it with
/// <see cref="RecordPlanversieDocument"/>.
/// </summary>
public static class GetPlanversieDocument
{
    public sealed record Query(long ProgrammaId, int Nummer, string Formaat, string? Exemplaar = null) : IRequest<Versiedocument>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Query, Versiedocument>
    {
        public Task<Versiedocument> Handle(Query query, CancellationToken ct) =>
            Versiedocument.GetAsync(db, Besluitstuk.Plan, query.ProgrammaId, query.Nummer, query.Formaat, query.Exemplaar, ct);
    }
}
