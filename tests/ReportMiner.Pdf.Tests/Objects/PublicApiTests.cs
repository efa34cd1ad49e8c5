using System.Reflection;
using ReportMiner.Pdf.Document;

namespace ReportMiner.Pdf.Tests.Objects;

/// <summary>Guards the public surface of the object layer: a change here is a visible diff in review.</summary>
public class PublicApiTests
{
    [Fact]
    public void ObjectLayer_PublicTypes_AreTheContract()
    {
        var assembly = typeof(PdfFile).Assembly;
        string[] ours = ["ReportMiner.Pdf.Document", "ReportMiner.Pdf.Parsing", "ReportMiner.Pdf.CrossReference", "ReportMiner.Pdf.Filters", "ReportMiner.Pdf.Encryption"];

        var exported = assembly.GetExportedTypes().Where(t => ours.Contains(t.Namespace)).Select(t => t.FullName!).Order().ToArray();

        Assert.Equal(["ReportMiner.Pdf.Document.PdfFile", "ReportMiner.Pdf.Document.PdfPageObject"], exported);
    }

    [Fact]
    public void PdfFile_PublicMembers_AreTheContract()
    {
        var members = typeof(PdfFile)
            .GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo { IsSpecialName: true })
            .Select(m => m.Name)
            .Order()
            .ToArray();

        Assert.Equal(["AddWarning", "Catalog", "DecodeStream", "Info", "IsEncrypted", "Open", "Open", "Options", "Pages", "Resolve", "Trailer", "Version", "Warnings"], members);
    }

    [Fact]
    public void PdfReadOptions_Defaults_AreDocumentedValues()
    {
        var options = PdfReadOptions.Default;

        Assert.Null(options.Password);
        Assert.Equal(64L * 1024 * 1024, options.MaxDecodedStreamBytes);
        Assert.Equal(512L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(200, options.MaxObjectDepth);
        Assert.Equal(12, options.MaxFormDepth);
        Assert.Equal(5_000_000, options.MaxOperatorsPerPage);
        Assert.Equal(long.MaxValue, options.MaxAllocatedBytes);
        Assert.True(options.Lenient);
    }

    [Fact]
    public void PdfRectangle_FromCorners_Normalises()
    {
        var r = PdfRectangle.FromCorners(100, 200, 0, 50);

        Assert.Equal(new PdfRectangle(0, 50, 100, 200), r);
        Assert.Equal((100, 150), (r.Width, r.Height));
    }
}
