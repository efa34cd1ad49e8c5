using System.Text;
using ReportMiner.Loading.Html;
using static ReportMiner.Tests.Loading.Html.HtmlPages;

namespace ReportMiner.Tests.Loading.Html;

public class HtmlCharsetDecoderTests
{
    private const string SmartText = "\u201CGood\u201D work \u2013 cost \u00A3120 \u2018per case\u2019";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset=iso-8859-1>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-1'>")]
    public void Load_Cp1252PageWithDeclaration_SmartQuotesAndPoundDecoded(string meta)
    {
        // Given
        var bytes = Windows1252.GetBytes($"<html><head>{meta}<title>t</title></head><body><p>{SmartText}</p></body></html>");

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal(SmartText, Assert.Single(document.Blocks).Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Load_Cp1252PageWithoutDeclaration_SniffedAsWindows1252()
    {
        // Given
        var bytes = Windows1252.GetBytes($"<html><body><p>{SmartText}</p></body></html>");

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal(SmartText, Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Load_Utf8PageWithoutDeclaration_SniffedAsUtf8()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes($"<html><body><p>{SmartText}</p></body></html>");

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal(SmartText, Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Load_Utf8WithBom_BomWinsOverDeclaration()
    {
        // Given: a page re-saved as UTF-8 with a BOM that still declares Latin-1
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes($"<html><head><meta charset=\"iso-8859-1\"></head><body><p>{SmartText}</p></body></html>"))
            .ToArray();

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal(SmartText, Assert.Single(document.Blocks).Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Load_Utf16LittleEndianWithBom_Decoded()
    {
        // Given
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<html><body><p>{SmartText}</p></body></html>")).ToArray();

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal(SmartText, Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Load_DeclaresUtf8ButBytesAreCp1252_ReadAsCp1252WithWarning()
    {
        // Given
        var bytes = Windows1252.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>{SmartText}</p></body></html>");

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal(SmartText, Assert.Single(document.Blocks).Text);
        Assert.Equal(HtmlWarningCodes.CharsetMismatch, Assert.Single(document.Warnings).Code);
    }

    [Fact]
    public void Load_DeclaresLatin1ButBytesAreUtf8_ReadAsUtf8WithWarning()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"iso-8859-1\"></head><body><p>{SmartText}</p></body></html>");

        // When
        var document = Load(bytes);

        // Then
        Assert.Equal(SmartText, Assert.Single(document.Blocks).Text);
        Assert.Equal(HtmlWarningCodes.CharsetMismatch, Assert.Single(document.Warnings).Code);
    }

    [Fact]
    public void Decode_UnknownLabel_FallsBackToSniffing()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"x-no-such-charset\"><p>\u00A35</p>");

        // When
        var decoded = HtmlCharsetDecoder.Decode(bytes);

        // Then
        Assert.Equal(CharsetSource.Sniffed, decoded.Source);
        Assert.Contains("\u00A35", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latin1", 1252)]
    [InlineData("US-ASCII", 1252)]
    [InlineData("utf8", 65001)]
    [InlineData("utf-16", 65001)]
    [InlineData("windows-1251", 1251)]
    public void ResolveLabel_WhatwgLabels_MapAsBrowsersDo(string label, int codePage)
    {
        // Given a label from a <meta> tag

        // When
        var encoding = HtmlCharsetDecoder.ResolveLabel(label);

        // Then
        Assert.Equal(codePage, encoding!.CodePage);
    }
}
