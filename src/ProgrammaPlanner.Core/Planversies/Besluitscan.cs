using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using ProgrammaPlanner.Core.Pipeline;

namespace ProgrammaPlanner.Core.Planversies;

/// <summary>
/// The page a board signed on paper, scanned, sent with its paper approval. Only a PDF, PNG or JPEG is kept, known by its
/// first bytes (not by its name), at most <see cref="Tekstgrenzen.ScanBytes"/>. The audit log keeps the name, not the bytes.
/// </summary>
public sealed record Besluitscan(string Bestandsnaam, [property: JsonIgnore, KeepAsTyped] byte[] Inhoud)
{
    /// <summary>"application/pdf", "image/png" or "image/jpeg"; null for anything else.</summary>
    public static string? Mediatype(byte[]? inhoud) => inhoud switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };

    public sealed class Validator : AbstractValidator<Besluitscan>
    {
        public Validator()
        {
            RuleFor(s => s.Bestandsnaam).MaxTekens(Tekstgrenzen.Titel, "De bestandsnaam");
            RuleFor(s => s.Inhoud).Cascade(CascadeMode.Stop)
                .Must(i => i is { Length: > 0 }).WithMessage("Het bestand met de getekende pagina is leeg.")
                .Must(i => i!.Length <= Tekstgrenzen.ScanBytes)
                .WithMessage($"De getekende pagina is te groot; een scan mag hooguit {Tekstgrenzen.ScanBytes / 1024 / 1024} MB zijn.")
                .Must(i => Mediatype(i) is not null).WithMessage("Kies een PDF, PNG of JPEG met de getekende pagina.");
        }
    }

    /// <summary>Stores the scan with the decision just recorded, in the caller's transaction.</summary>
    internal async Task BewaarAsync(DbConnection c, DbTransaction tx, Besluitstuk stuk, long versieId, long partnerId) =>
        await c.ExecuteAsync(
            $"""
            INSERT INTO {stuk.Scans} ({stuk.Sleutel}, partner_id, bestandsnaam, mediatype, inhoud, sha256)
            VALUES (@versieId, @partnerId, @naam, @mediatype, @Inhoud, @sha256)
            """,
            new
            {
                versieId, partnerId, naam = Naam(Bestandsnaam), mediatype = Mediatype(Inhoud), Inhoud,
                sha256 = Convert.ToHexStringLower(SHA256.HashData(Inhoud)),
            }, tx);

    /// <summary>Only the name of the file, never a path the browser sent along.</summary>
    private static string Naam(string bestandsnaam) =>
        Path.GetFileName(bestandsnaam.Replace('\\', '/')).Trim() is { Length: > 0 } naam ? naam : "getekende-pagina";
}
