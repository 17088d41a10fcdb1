namespace ProgrammaPlanner.Web.Tests;

/// <summary>The demo accounts the app makes in Development (see the README): one per role over the sample programmes.</summary>
public static class Demo
{
    public const string Wachtwoord = "demo-wachtwoord";
    public const string Beheerder = "beheerder@demo.local";   // beheerder, facilitator of every sample
    public const string Redacteur = "redacteur@demo.local";
    public const string Lezer = "lezer@demo.local";
    public const string Bestuurder = "bestuurder@demo.local"; // bestuurder of each sample's first partner
    public const string Centrum = "centrum@demo.local";       // facilitator of Amsterdam Centrum only
}
