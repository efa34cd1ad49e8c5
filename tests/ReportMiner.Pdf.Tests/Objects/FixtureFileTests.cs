using System.Text;
using ReportMiner.Pdf.Document;
using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Tests.Objects;

/// <summary>Every committed fixture (made by make-object-fixtures.sh) opens to the same two-page report.</summary>
public class FixtureFileTests
{
    public static TheoryData<string, string?, string[]> Fixtures => new()
    {
        // file, password, warning codes that must appear
        { "groff.pdf", null, [] },
        { "ghostscript.pdf", null, [] },
        { "qdf.pdf", null, [] },
        { "objstm.pdf", null, [] },
        { "linearized.pdf", null, [] },
        { "incremental-update.pdf", null, [] },
        { "rc4-40.pdf", null, [] },
        { "rc4-128.pdf", null, [] },
        { "aes-128.pdf", null, [] },
        { "aes-128-cleartext-metadata.pdf", null, [] },
        { "aes-256.pdf", null, [] },
        { "aes-256-r5.pdf", null, [] },
        { "aes-256-objstm.pdf", null, [] },
        { "aes-256-user-password.pdf", "user", [] },
        { "aes-256-user-password.pdf", "owner", [] },
        { "rc4-128-user-password.pdf", "user", [] },
        { "rc4-128-user-password.pdf", "owner", [] },
        { "junk-before-header.pdf", null, ["header-junk"] },
        { "wrong-startxref.pdf", null, ["xref-rebuilt"] },
        { "wrong-length.pdf", null, ["stream-length"] },
        { "truncated.pdf", null, ["xref-rebuilt"] },
        { "broken-xref-offsets.pdf", null, ["xref-wrong"] },
        { "objstm-truncated.pdf", null, ["xref-rebuilt"] },
    };

    public static TheoryData<string> DamagedFiles => new()
    {
        "wrong-startxref.pdf",
        "wrong-length.pdf",
        "truncated.pdf",
        "broken-xref-offsets.pdf",
        "objstm-truncated.pdf",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Open_Fixture_ReadsBothPagesWithText(string name, string? password, string[] expectedWarnings)
    {
        var file = PdfFile.Open(Fixture.Bytes(name), new PdfReadOptions { Password = password });

        Assert.Equal(2, file.Pages.Count);
        var first = Encoding.Latin1.GetString(file.Pages[0].GetContentBytes());
        var second = Encoding.Latin1.GetString(file.Pages[1].GetContentBytes());
        Assert.Contains("(Ofsted)", first);
        Assert.Contains("BT", second);
        Assert.Equal(new PdfRectangle(0, 0, 595, 842), file.Pages[0].MediaBox);
        foreach (var code in expectedWarnings)
        {
            Assert.Contains(file.Warnings, w => w.Code == code);
        }

        if (expectedWarnings.Length == 0)
        {
            Assert.Empty(file.Warnings);
        }
    }

    [Theory]
    [InlineData("rc4-40.pdf", true)]
    [InlineData("rc4-128.pdf", true)]
    [InlineData("aes-128.pdf", true)]
    [InlineData("aes-256.pdf", true)]
    [InlineData("aes-256-r5.pdf", true)]
    [InlineData("groff.pdf", false)]
    public void Open_EncryptedFixture_DecryptsInfoStrings(string name, bool encrypted)
    {
        var file = PdfFile.Open(Fixture.Bytes(name));

        Assert.Equal(encrypted, file.IsEncrypted);
        var creator = Assert.IsType<PdfString>(file.Resolve(file.Info!.Get("Creator")));
        Assert.Equal("groff version 1.22.4", creator.ToTextString());
    }

    [Theory]
    [InlineData("aes-256-user-password.pdf")]
    [InlineData("rc4-128-user-password.pdf")]
    public void Open_UserPasswordFileWithoutPassword_ThrowsEncryptedWithHint(string name)
    {
        var e = Assert.Throws<PdfEncryptedException>(() => PdfFile.Open(Fixture.Bytes(name)));

        Assert.Contains("PdfReadOptions.Password", e.Message);
    }

    [Theory]
    [InlineData("aes-256-user-password.pdf")]
    [InlineData("rc4-128-user-password.pdf")]
    public void Open_WrongPassword_ThrowsEncrypted(string name) =>
        Assert.Throws<PdfEncryptedException>(() => PdfFile.Open(Fixture.Bytes(name), new PdfReadOptions { Password = "wrong" }));

    [Fact]
    public void Open_IncrementalUpdate_UsesNewestInfo()
    {
        var file = PdfFile.Open(Fixture.Bytes("incremental-update.pdf"));

        Assert.Equal("Updated title", ((PdfString)file.Resolve(file.Info!.Get("Title"))).ToTextString());
        Assert.True(file.Trailer.ContainsKey("Prev"));
    }

    [Fact]
    public void Open_CleartextMetadata_LeavesMetadataStreamUnencrypted()
    {
        var file = PdfFile.Open(Fixture.Bytes("aes-128-cleartext-metadata.pdf"));

        // groff writes no /Metadata, so the check is that key derivation with /EncryptMetadata false works at all.
        Assert.True(file.IsEncrypted);
        Assert.Equal(2, file.Pages.Count);
    }

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void Open_DamagedFileInStrictMode_ThrowsFormatException(string name) =>
        Assert.ThrowsAny<PdfFormatException>(() =>
        {
            var file = PdfFile.Open(Fixture.Bytes(name), new PdfReadOptions { Lenient = false });
            foreach (var page in file.Pages)
            {
                page.GetContentBytes();
            }
        });
}
