using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgrammaPlanner.Documents.Docx;

/// <summary>
/// The CONCEPT watermark of the PDF in the Word document: a page header holding Word's own watermark shape (VML WordArt, as Word's
/// "Watermark" menu writes it: diagonal, pale, behind the text), on every page including the cover. Word and LibreOffice both show it;
/// only a concept has it (<see cref="PlanOpties.Watermerk"/>).
/// </summary>
internal static class WordWatermerk
{
    public const string Tekst = "CONCEPT";

    /// <summary>Adds the header part and returns the references for the section: the cover (first page) and every other page.</summary>
    public static IEnumerable<HeaderReference> Voeg(MainDocumentPart main)
    {
        var kop = main.AddNewPart<HeaderPart>();
        kop.Header = new Header(Xml);
        var id = main.GetIdOfPart(kop);
        return [new HeaderReference { Type = HeaderFooterValues.Default, Id = id }, new HeaderReference { Type = HeaderFooterValues.First, Id = id }];
    }

    /// <summary>Centred on the page, diagonal, behind the text.</summary>
    private const string Stijl = "position:absolute;margin-left:0;margin-top:0;width:480pt;height:120pt;rotation:315;z-index:-251657216;"
        + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin";

    private const string Xml =
        $"""
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"
               xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">
          <w:p>
            <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
            <w:r>
              <w:rPr><w:noProof/></w:rPr>
              <w:pict>
                <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">
                  <v:formulas>
                    <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
                    <v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>
                    <v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
                    <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
                  </v:formulas>
                  <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>
                  <v:textpath on="t" fitshape="t"/>
                  <v:handles><v:h position="#0,bottom" xrange="6629,14971"/></v:handles>
                  <o:lock v:ext="edit" text="t" shapetype="t"/>
                </v:shapetype>
                <v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" o:allowincell="f" fillcolor="#1f4e79" stroked="f"
                  style="{Stijl}">
                  <v:fill opacity=".12"/>
                  <v:textpath style="font-family:&quot;Liberation Sans&quot;;font-weight:bold;font-size:1pt" string="CONCEPT"/>
                  <w10:wrap anchorx="margin" anchory="margin"/>
                </v:shape>
              </w:pict>
            </w:r>
          </w:p>
        </w:hdr>
        """;
}
