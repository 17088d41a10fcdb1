using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgrammaPlanner.Core;
using ProgrammaPlanner.Core.Ontwikkelopgaven;
using ProgrammaPlanner.Documents.Docx;

namespace ProgrammaPlanner.Documents.Ontwikkelopgaven;

/// <summary>The findings of an ontwikkelopgave as an editable Word document, with the programmaplan's styles and builders.</summary>
public static class BevindingenDocx
{
    public static byte[] Maak(GetOntwikkelopgave.Ontwikkelopgave opgave, DateOnly datum)
    {
        var m = new BevindingenModel(opgave, datum);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = XmlTekst.Schoon(m.Titel);
            document.PackageProperties.Creator = XmlTekst.Schoon(opgave.Programma);
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Maak();
            var body = new Body();
            var w = new WordBuilder(body, main);
            w.Alinea(m.Titel, "Title");
            w.Kenmerken([.. m.Kenmerken]);

            w.Alinea("Vraag", "Heading1");
            w.Alineas(opgave.Vraag);

            w.Alinea("Verhalen", "Heading1");
            if (opgave.Verhalen.Count == 0) w.Alinea("Er zijn (nog) geen verhalen aan deze ontwikkelopgave gekoppeld.");
            foreach (var v in opgave.Verhalen)
            {
                w.Kop3(v.Titel);
                w.Bijschrift(BevindingenModel.Onderschrift(v));
                foreach (var alinea in Opmaak.Alineas(v.Tekst)) w.Alinea(alinea);
            }

            w.Alinea("Bevindingen", "Heading1");
            w.Alineas(opgave.Bevindingen);
            w.Alinea("Aanbeveling", "Heading1");
            w.Alineas(opgave.Aanbeveling);

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1247, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }
}
