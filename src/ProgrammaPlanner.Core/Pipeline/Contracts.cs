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

/// <summary>Who is acting. A fixed local user until accounts exist.</summary>
public interface ICurrentUser
{
    string Naam { get; }
}

public sealed class LocalUser : ICurrentUser
{
    public string Naam => "lokale gebruiker";
}
