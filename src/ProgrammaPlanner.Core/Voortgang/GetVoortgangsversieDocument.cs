using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;
using ProgrammaPlanner.Core.Planversies;

namespace ProgrammaPlanner.Core.Voortgang;

/// <summary>The printed voortgangsrapportage a frozen version hands out now, as <see cref="GetPlanversieDocument"/> for the plan.</summary>
public static class GetVoortgangsversieDocument
{
    public sealed record Query(long ProgrammaId, int Jaar, int Nummer, string Formaat, string? Exemplaar = null) : IRequest<Versiedocument>, IProgrammaScoped;

    public sealed class Handler(Db db) : IRequestHandler<Query, Versiedocument>
    {
        public Task<Versiedocument> Handle(Query query, CancellationToken ct) =>
            Versiedocument.GetAsync(db, Besluitstuk.Voortgang(query.Jaar), query.ProgrammaId, query.Nummer, query.Formaat, query.Exemplaar, ct);
    }
}
