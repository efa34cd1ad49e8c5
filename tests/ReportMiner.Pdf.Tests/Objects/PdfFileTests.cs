using System.Text;
using ReportMiner.Pdf.Document;
using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Tests.Objects;

public class PdfFileTests
{
    [Fact]
    public void Open_GroffPdf_ReadsPagesAndContent()
    {
        var file = PdfFile.Open(Fixture.Bytes("groff.pdf"));

        Assert.Equal(2, file.Pages.Count);
        Assert.Equal("1.4", file.Version);
        Assert.False(file.IsEncrypted);
        Assert.Empty(file.Warnings);
        var content = Encoding.Latin1.GetString(file.Pages[0].GetContentBytes());
        Assert.Contains("BT", content);
        Assert.Equal(595, file.Pages[0].MediaBox.Width);
        Assert.True(file.Pages[0].Resources.ContainsKey("Font"));
        Assert.Equal("groff version 1.22.4", ((PdfString)file.Resolve(file.Info!.Get("Creator"))).ToTextString());
    }

    [Fact]
    public void Open_MinimalBuiltPdf_ReadsOnePage()
    {
        var file = PdfFile.Open(TestPdf.Minimal().Build());

        var page = Assert.Single(file.Pages);
        Assert.Equal(1, page.Number);
        Assert.Equal("BT /F1 12 Tf 72 712 Td (Hello) Tj ET", Encoding.Latin1.GetString(page.GetContentBytes()));
        Assert.Empty(file.Warnings);
    }
}
