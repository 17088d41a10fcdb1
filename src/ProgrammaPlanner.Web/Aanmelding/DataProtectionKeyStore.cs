using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using ProgrammaPlanner.Core.Data;

namespace ProgrammaPlanner.Web.Aanmelding;

/// <summary>
/// ASP.NET's data-protection keys (they sign the session cookie, the forms' antiforgery tokens and the pages' state) in
/// the database, table <c>beveiligingssleutel</c>: every app instance on one PostgreSQL database then accepts what another
/// issued, so a user whose request lands on the other instance stays signed in.
/// </summary>
public sealed class DataProtectionKeyStore(Db db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var c = db.OpenAsync().GetAwaiter().GetResult(); // the interface is synchronous; the key ring is cached
        return [.. c.Query<string>("SELECT xml FROM beveiligingssleutel ORDER BY naam").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var c = db.OpenAsync().GetAwaiter().GetResult();
        c.Execute("INSERT INTO beveiligingssleutel (naam, xml) VALUES (@naam, @xml)",
            new { naam = friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }

    public static void AddTo(IServiceCollection services)
    {
        // One application name for all instances: by default it is the app's folder, which differs between machines.
        services.AddDataProtection().SetApplicationName("ProgrammaPlanner");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DataProtectionKeyStore(sp.GetRequiredService<Db>())));
    }
}
