using Microsoft.AspNetCore.Identity;

namespace ProgrammaPlanner.Core.Gebruikers;

/// <summary>Identity's messages in Dutch, for the few that can reach a user past the slices' own validation.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Er ging iets mis met het account; er is niets gewijzigd." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Het wachtwoord klopt niet." };
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens lang zijn." };
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Er bestaat al een account voor {email}." };
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Er bestaat al een account voor {userName}." };
    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Vul een geldig e-mailadres in (zoals naam@organisatie.nl)." };
}
