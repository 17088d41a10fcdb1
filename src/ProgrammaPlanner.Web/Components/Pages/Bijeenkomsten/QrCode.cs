using QRCoder;

namespace ProgrammaPlanner.Web.Components.Pages.Bijeenkomsten;

/// <summary>A QR code as an SVG data URL for an &lt;img&gt;: sharp on a projector, no request to another host.</summary>
public static class QrCode
{
    public static string SvgDataUrl(string tekst)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(tekst, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
