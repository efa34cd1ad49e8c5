using System.Text;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Tests.Objects;

public class PdfLexerTests
{
    private static PdfLexer Lexer(string text) => new(Encoding.Latin1.GetBytes(text));

    [Fact]
    public void Next_MixedInput_YieldsTokenKindsInOrder()
    {
        var lexer = Lexer("<< /Name 12 -3.5 (str) <414243> [ ] >> { } true % comment\n R");

        var kinds = new List<PdfTokenKind>();
        for (var t = lexer.Next(); t.Kind != PdfTokenKind.EndOfInput; t = lexer.Next())
        {
            kinds.Add(t.Kind);
        }

        Assert.Equal(
            [
                PdfTokenKind.DictionaryStart, PdfTokenKind.Name, PdfTokenKind.Integer, PdfTokenKind.Real, PdfTokenKind.LiteralString,
                PdfTokenKind.HexString, PdfTokenKind.ArrayStart, PdfTokenKind.ArrayEnd, PdfTokenKind.DictionaryEnd,
                PdfTokenKind.BraceOpen, PdfTokenKind.BraceClose, PdfTokenKind.Keyword, PdfTokenKind.Keyword,
            ],
            kinds);
    }

    [Theory]
    [InlineData("123", 123.0, true)]
    [InlineData("-17", -17.0, true)]
    [InlineData("+4", 4.0, true)]
    [InlineData("-.002", -0.002, false)]
    [InlineData("34.5", 34.5, false)]
    [InlineData("4.", 4.0, false)]
    [InlineData("--5", -5.0, true)]
    [InlineData("5-", 5.0, true)]
    [InlineData("-", 0.0, true)]
    [InlineData("12345678901234567890123", 1.2345678901234568E22, false)]
    public void Next_Number_ParsesLeniently(string text, double expected, bool isInteger)
    {
        var token = Lexer(text).Next();

        Assert.Equal(isInteger ? PdfTokenKind.Integer : PdfTokenKind.Real, token.Kind);
        Assert.Equal(expected, token.Real, 9);
    }

    [Theory]
    [InlineData(@"(simple)", "simple")]
    [InlineData(@"(a (nested (twice)) b)", "a (nested (twice)) b")]
    [InlineData(@"(esc \( \) \\ \n\r\t\b\f)", "esc ( ) \\ \n\r\t\b\f")]
    [InlineData(@"(\101\102\103 \0537)", "ABC +7")]
    [InlineData("(line\\\ncontinued)", "linecontinued")]
    [InlineData("(cr\rcrlf\r\nlf\n)", "cr\ncrlf\nlf\n")]
    [InlineData(@"(unknown \q escape)", "unknown q escape")]
    [InlineData("(unterminated", "unterminated")]
    public void DecodeLiteralString_Escapes_AreApplied(string text, string expected)
    {
        var lexer = Lexer(text);
        var token = lexer.Next();

        Assert.Equal(PdfTokenKind.LiteralString, token.Kind);
        Assert.Equal(expected, Encoding.Latin1.GetString(lexer.DecodeLiteralString(token)));
    }

    [Theory]
    [InlineData("<48656C6C6F>", "Hello")]
    [InlineData("<48 65 6c\n6C 6F>", "Hello")]
    [InlineData("<4142434>", "ABC@")]
    [InlineData("<>", "")]
    public void DecodeHexString_Digits_AreDecoded(string text, string expected)
    {
        var lexer = Lexer(text);
        var token = lexer.Next();

        Assert.Equal(PdfTokenKind.HexString, token.Kind);
        Assert.Equal(expected, Encoding.Latin1.GetString(lexer.DecodeHexString(token)));
    }

    [Theory]
    [InlineData("/Type", "Type")]
    [InlineData("/A#20B", "A B")]
    [InlineData("/Lime#20Green", "Lime Green")]
    [InlineData("/paired#28#29parentheses", "paired()parentheses")]
    [InlineData("/#", "#")]
    [InlineData("/", "")]
    [InlineData("/Caf#C3#A9", "Café")]
    public void DecodeName_Escapes_AreResolved(string text, string expected)
    {
        var lexer = Lexer(text);
        var token = lexer.Next();

        Assert.Equal(PdfTokenKind.Name, token.Kind);
        Assert.Equal(expected, lexer.DecodeName(token));
    }

    [Fact]
    public void DecodeName_SameNameTwice_ReturnsInternedString()
    {
        var lexer = Lexer("/Font /Font");

        var a = lexer.DecodeName(lexer.Next());
        var b = lexer.DecodeName(lexer.Next());

        Assert.Same(a, b);
    }

    [Fact]
    public void Next_NamesAndDelimitersWithoutSpaces_AreSeparated()
    {
        var lexer = Lexer("/A/B[1]<</C(x)>>");
        var tokens = new List<PdfTokenKind>();
        for (var t = lexer.Next(); t.Kind != PdfTokenKind.EndOfInput; t = lexer.Next())
        {
            tokens.Add(t.Kind);
        }

        Assert.Equal(9, tokens.Count);
    }

    [Fact]
    public void Peek_DoesNotConsume()
    {
        var lexer = Lexer("42 obj");

        var peeked = lexer.Peek();
        var next = lexer.Next();

        Assert.Equal(peeked, next);
        Assert.True(lexer.IsKeyword(lexer.Next(), "obj"u8));
    }
}
