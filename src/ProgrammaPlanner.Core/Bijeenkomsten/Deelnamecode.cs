using System.Security.Cryptography;

namespace ProgrammaPlanner.Core.Bijeenkomsten;

/// <summary>Short join codes that survive being read off a screen and typed on a phone.</summary>
public static class Deelnamecode
{
    // No 0/O, 1/I/L, 5/S, 2/Z, 8/B: nothing that is misread at the back of a room.
    public const string Tekens = "ACDEFGHJKMNPQRTUVWXY3469";
    public const int Lengte = 6;

    public static string Nieuw() => RandomNumberGenerator.GetString(Tekens, Lengte);

    /// <summary>What a participant typed, as stored: upper case, without spaces or dashes.</summary>
    public static string Normaliseer(string? code) =>
        new((code ?? "").Where(ch => !char.IsWhiteSpace(ch) && ch != '-').Select(char.ToUpperInvariant).ToArray());
}
