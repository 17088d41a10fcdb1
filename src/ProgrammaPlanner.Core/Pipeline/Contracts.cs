using MediatR;

namespace ProgrammaPlanner.Core.Pipeline;

/// <summary>A request that changes data. Every successful command is written to the audit log.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>
/// A request (or a result) that belongs to exactly one programma. Handlers scope their SQL by this id;
/// the audit log and the authorization behavior read it.
/// </summary>
public interface IProgrammaScoped
{
    long ProgrammaId { get; }
}

/// <summary>
/// Who is acting. The web host reads it from the sign-in cookie; the command line and the sample loader act as
/// <see cref="Systeem"/>, the installation itself. The authorization behavior checks every request against it.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user; null when nobody is signed in (or for the system).</summary>
    long? GebruikerId { get; }

    /// <summary>The sign-in session, so that a session ended elsewhere stops working at its next request.</summary>
    string? SessieId { get; }

    string Naam { get; }

    /// <summary>The installation itself (command line, sample loader): it already holds the database file.</summary>
    bool IsSysteem { get; }
}

public sealed class Systeem : ICurrentUser
{
    public static readonly Systeem Gebruiker = new();
    public long? GebruikerId => null;
    public string? SessieId => null;
    public string Naam => "systeem";
    public bool IsSysteem => true;
}

/// <summary>Nobody is signed in: only requests marked <c>Recht.Iedereen</c> pass.</summary>
public sealed class Anoniem : ICurrentUser
{
    public long? GebruikerId => null;
    public string? SessieId => null;
    public string Naam => "anoniem";
    public bool IsSysteem => false;
}
