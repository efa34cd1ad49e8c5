using System.Text;
using ReportMiner.Pdf.Document;

namespace ReportMiner.Pdf.Tests.Objects;

public class PageTreeTests
{
    [Fact]
    public void Pages_InheritedAttributes_AreResolved()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [5 0 R] /Count 2 /MediaBox [0 0 612 792] /Rotate -90 /Resources << /Font << >> >> >>")
            .Add(5, "<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 4 0 R] /Count 2 /CropBox 6 0 R >>")
            .Add(3, "<< /Type /Page /Parent 5 0 R >>")
            .Add(4, "<< /Type /Page /Parent 5 0 R /MediaBox [595 842 0 0] /Rotate 180 /Resources << /XObject << >> >> >>")
            .Add(6, "[10 10 500 700]")
            .Build();

        var file = PdfFile.Open(pdf);

        Assert.Equal(2, file.Pages.Count);
        var (first, second) = (file.Pages[0], file.Pages[1]);
        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal(new PdfRectangle(0, 0, 612, 792), first.MediaBox);
        Assert.Equal(new PdfRectangle(10, 10, 500, 700), first.CropBox);
        Assert.Equal(270, first.Rotate);
        Assert.True(first.Resources.ContainsKey("Font"));
        Assert.Equal(new PdfRectangle(0, 0, 595, 842), second.MediaBox);
        Assert.Equal(180, second.Rotate);
        Assert.True(second.Resources.ContainsKey("XObject"));
        Assert.False(second.Resources.ContainsKey("Font"));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Pages_NoMediaBox_AssumesLetterWithWarning()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R >>")
            .Build();

        var file = PdfFile.Open(pdf);

        Assert.Equal(PdfRectangle.Letter, file.Pages[0].MediaBox);
        Assert.Null(file.Pages[0].CropBox);
        Assert.Empty(file.Pages[0].Resources.Entries);
        Assert.Contains(file.Warnings, w => w.Code == "mediabox-missing" && w.Page == 1);
    }

    [Fact]
    public void GetContentBytes_ContentsArray_JoinsWithNewlineAndSkipsBrokenParts()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 10 10] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Contents [4 0 R 6 0 R 5 0 R] >>")
            .AddStream(4, string.Empty, "BT"u8.ToArray())
            .AddStream(5, string.Empty, "ET"u8.ToArray())
            .Add(6, "(not a stream)")
            .Build();

        var file = PdfFile.Open(pdf);

        Assert.Equal("BT\nET", Encoding.Latin1.GetString(file.Pages[0].GetContentBytes()));
        Assert.Contains(file.Warnings, w => w.Code == "contents-damaged" && w.Page == 1);
    }

    [Fact]
    public void GetContentBytes_NoContents_IsEmpty()
    {
        var pdf = new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 10 10] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R >>")
            .Build();

        Assert.Empty(PdfFile.Open(pdf).Pages[0].GetContentBytes());
    }
}
