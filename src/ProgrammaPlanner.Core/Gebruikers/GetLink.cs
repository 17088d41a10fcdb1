using MediatR;
using ProgrammaPlanner.Core.Data;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>What a single-use link is for, shown before its form is filled in; <see cref="Info.Weigering"/> says why it cannot be used.</summary>
public static class GetLink
{
    [Vereist(Recht.Iedereen)]
    public sealed record Query(string Token) : IRequest<Info>;

    public sealed record Info(string Soort, string Email, string? ProgrammaNaam, string? Rol, bool IsBeheerder, string? Weigering)
    {
        /// <summary>An invitation as bestuurder for this partner.</summary>
        public string? PartnerNaam { get; init; }
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Query, Info>
    {
        public async Task<Info> Handle(Query query, CancellationToken ct)
        {
            await using var c = await db.OpenAsync(ct);
            var link = await Links.ZoekAsync(c, null, query.Token);
            var weigering = Links.Weigering(link, clock.GetUtcNow(), Links.Uitnodiging, Links.Herstel, Links.Inrichting);
            return link is null
                ? new Info("", "", null, null, false, weigering)
                : new Info(link.Soort, link.Email, link.ProgrammaNaam, link.Rol, link.IsBeheerder || link.Soort == Links.Inrichting, weigering)
                {
                    PartnerNaam = link.PartnerNaam,
                };
        }
    }
}
