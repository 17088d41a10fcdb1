namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// A command after which a frozen version may need a printed copy kept (a new version, a deciding approval): the app prints the copies
/// <see cref="ListOngedrukteVersies"/> names right after such a command commits, so no copy waits for someone to open the version.
/// </summary>
public interface IVraagtExemplaar;
