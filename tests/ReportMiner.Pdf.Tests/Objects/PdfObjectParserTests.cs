using System.Diagnostics;
using System.Text;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Tests.Objects;

public class PdfObjectParserTests
{
    private static (PdfObjectParser Parser, PdfDiagnostics Diagnostics) Parser(string text, int maxDepth = 200, bool lenient = true)
    {
        var diagnostics = new PdfDiagnostics(lenient);
        return (new PdfObjectParser(new PdfLexer(Encoding.Latin1.GetBytes(text)), diagnostics, maxDepth), diagnostics);
    }

    private static PdfObject Parse(string text) => Parser(text).Parser.ParseObject();

    [Fact]
    public void ParseObject_Dictionary_ReadsAllValueTypes()
    {
        var d = Assert.IsType<PdfDictionary>(Parse("<< /B true /F false /N null /I 7 /R 1.5 /S (x) /H <41> /Nm /V /A [1 2 0 R] /D << /K 3 >> /Ref 12 0 R >>"));

        Assert.True(((PdfBoolean)d.Get("B")!).Value);
        Assert.False(((PdfBoolean)d.Get("F")!).Value);
        Assert.Same(PdfNull.Instance, d.Get("N"));
        Assert.Equal(7, ((PdfNumber)d.Get("I")!).IntValue);
        Assert.Equal(1.5, ((PdfNumber)d.Get("R")!).Value);
        Assert.Equal("x", ((PdfString)d.Get("S")!).ToTextString());
        Assert.True(((PdfString)d.Get("H")!).IsHex);
        Assert.Equal("V", ((PdfName)d.Get("Nm")!).Value);
        var array = (PdfArray)d.Get("A")!;
        Assert.Equal(2, array.Count);
        Assert.Equal(new PdfReference(2, 0), array[1]);
        Assert.Equal(3, ((PdfNumber)((PdfDictionary)d.Get("D")!).Get("K")!).IntValue);
        Assert.Equal(new PdfReference(12, 0), d.Get("Ref"));
    }

    [Fact]
    public void ParseObject_NumbersThatAreNotReferences_StayNumbers()
    {
        var array = Assert.IsType<PdfArray>(Parse("[1 2 3 4 R 5]"));

        Assert.Equal(4, array.Count);
        Assert.IsType<PdfNumber>(array[0]);
        Assert.IsType<PdfNumber>(array[1]);
        Assert.Equal(new PdfReference(3, 4), array[2]);
    }

    [Fact]
    public void ParseObject_Comments_AreSkipped()
    {
        var array = Assert.IsType<PdfArray>(Parse("[1 % one\n 2 %two\r3]"));

        Assert.Equal(3, array.Count);
    }

    [Fact]
    public void ParseObject_UnclosedDictionary_RepairsWithWarning()
    {
        var (parser, diagnostics) = Parser("<< /A 1 /B [2 3] endobj");

        var d = Assert.IsType<PdfDictionary>(parser.ParseObject());

        Assert.Equal(2, d.Entries.Count);
        Assert.Contains(diagnostics.Warnings, w => w.Code == "syntax");
    }

    [Fact]
    public void ParseObject_KeyWithoutValue_IsNull()
    {
        var d = Assert.IsType<PdfDictionary>(Parse("<< /A /B /C >>"));

        Assert.Equal("B", ((PdfName)d.Get("A")!).Value);
        Assert.Same(PdfNull.Instance, d.Get("C"));
    }

    [Fact]
    public void ParseObject_DeepNesting_ThrowsFormatExceptionQuickly()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        var stopwatch = Stopwatch.StartNew();

        var e = Assert.Throws<PdfFormatException>(() => Parse(text));

        Assert.Contains("MaxObjectDepth", e.Message);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void ParseObject_NestingWithinBound_Parses()
    {
        var text = new string('[', 50) + new string(']', 50);

        Assert.IsType<PdfArray>(Parser(text, maxDepth: 50).Parser.ParseObject());
    }

    [Fact]
    public void ParseIndirectObject_StreamWithDirectLength_ReadsExactBytes()
    {
        var (parser, diagnostics) = Parser("7 0 obj\n<< /Length 5 >>\nstream\r\nab\ncd\r\nendstream\nendobj\n");

        var obj = parser.ParseIndirectObject(null);

        Assert.NotNull(obj);
        Assert.Equal(7, obj.Value.Number);
        var stream = Assert.IsType<PdfStream>(obj.Value.Value);
        Assert.Equal("ab\ncd", Encoding.Latin1.GetString(stream.RawData.Span));
        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public void ParseIndirectObject_StreamWithIndirectLength_UsesResolver()
    {
        var diagnostics = new PdfDiagnostics(true);
        var lexer = new PdfLexer(Encoding.Latin1.GetBytes("7 0 obj << /Length 8 0 R >> stream\nhello endstream endobj"));
        var parser = new PdfObjectParser(lexer, diagnostics, 200) { LengthResolver = r => r.ObjectNumber == 8 ? 5 : null };

        var stream = Assert.IsType<PdfStream>(parser.ParseIndirectObject(null)!.Value.Value);

        Assert.Equal("hello", Encoding.Latin1.GetString(stream.RawData.Span));
        Assert.Empty(diagnostics.Warnings);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("2")]
    [InlineData("-4")]
    [InlineData("(x)")]
    public void ParseIndirectObject_WrongLength_FindsEndstreamWithWarning(string length)
    {
        var (parser, diagnostics) = Parser($"7 0 obj << /Length {length} >> stream\nhello world\nendstream\nendobj 8 0 obj 1 endobj");

        var stream = Assert.IsType<PdfStream>(parser.ParseIndirectObject(null)!.Value.Value);

        Assert.Equal("hello world", Encoding.Latin1.GetString(stream.RawData.Span));
        Assert.Contains(diagnostics.Warnings, w => w.Code == "stream-length");
        Assert.Equal(8, parser.ParseIndirectObject(null)!.Value.Number);
    }

    [Fact]
    public void ParseIndirectObject_WrongLengthInStrictMode_Throws()
    {
        var (parser, _) = Parser("7 0 obj << /Length 99 >> stream\nhello\nendstream endobj", lenient: false);

        Assert.Throws<PdfFormatException>(() => parser.ParseIndirectObject(null));
    }

    [Fact]
    public void ParseIndirectObject_StreamWithoutEndstream_RunsToEndOfInput()
    {
        var (parser, diagnostics) = Parser("7 0 obj << /Length 1000 >> stream\ntruncated data");

        var stream = Assert.IsType<PdfStream>(parser.ParseIndirectObject(null)!.Value.Value);

        Assert.Equal("truncated data", Encoding.Latin1.GetString(stream.RawData.Span));
        Assert.NotEmpty(diagnostics.Warnings);
    }

    [Fact]
    public void ParseIndirectObject_MissingEndobj_StillReturnsObject()
    {
        var (parser, diagnostics) = Parser("1 0 obj << /A 1 >>\n2 0 obj 5 endobj");

        Assert.IsType<PdfDictionary>(parser.ParseIndirectObject(null)!.Value.Value);
        Assert.Equal(2, parser.ParseIndirectObject(null)!.Value.Number);
        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public void ParseIndirectObject_NoHeader_ReturnsNull()
    {
        var (parser, _) = Parser("<< /A 1 >>");

        Assert.Null(parser.ParseIndirectObject(null));
        Assert.Equal(0, parser.Lexer.Position);
    }

    [Fact]
    public void Integer_SmallValues_AreShared() =>
        Assert.Same(PdfObjectParser.Integer(3), PdfObjectParser.Integer(3));
}
