using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Tests.Logboek;

public class AuditGeheimenTests
{
    /// <summary>
    /// A phone's cookie key is its only credential (it may change or withdraw that phone's bijdragen), and a token or
    /// password opens an account or link: none of them may reach the audit summary, which every member can read.
    /// </summary>
    [Test]
    public void Credentials_NeverInTheAuditSummary()
    {
        string[] geheim = ["DeelnemerSleutel", "Token", "Wachtwoord", "Herhaling", "Huidig", "Nieuw"];
        var gelekt = Gebruikers.Requests.Alle
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .SelectMany(t => t.GetProperties().Where(p => geheim.Contains(p.Name)).Select(p => (t, p)))
            .Where(x => x.p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true).Length == 0)
            .Select(x => $"{Gebruikers.Requests.Naam(x.t)}.{x.p.Name}")
            .ToList();
        Assert.That(gelekt, Is.Empty);
    }
}
