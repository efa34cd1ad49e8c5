using ReportMiner.Pdf.Layout;
using ReportMiner.Pdf.Text;

namespace ReportMiner.Pdf.Tests.Text;

public sealed class LayoutUnitTests
{
    [Theory]
    [InlineData("re-", "offending", true)]
    [InlineData("out-of-", "court", false)]
    [InlineData("X-", "Ray", false)]
    [InlineData("1-", "two", false)]
    public void Hyphen_breaks(string previous, string next, bool expected) =>
        Assert.Equal(expected, BlockText.IsHyphenBreak(previous, next));

    [Fact]
    public void Output_lines_merge_only_dehyphenated_lines() =>
        Assert.Equal(new[] { "a reoffending rate", "out-of-", "court" }, BlockText.OutputLines(["a re-", "offending rate", "out-of-", "court"]));

    [Theory]
    [InlineData("7", true)]
    [InlineData("Page 7", true)]
    [InlineData("Page 7 of 40", true)]
    [InlineData("- 12 -", true)]
    [InlineData("3/9", true)]
    [InlineData("Chapter 7", false)]
    [InlineData("2023", true)]
    public void Page_numbers(string text, bool expected) => Assert.Equal(expected, MarginClassifier.IsPageNumber(text));

    [Theory]
    [InlineData("• item", true)]
    [InlineData("1. First", true)]
    [InlineData("(a) point", true)]
    [InlineData("1.5 million people", false)]
    [InlineData("Overall", false)]
    public void List_item_starts(string text, bool expected) => Assert.Equal(expected, BlockBuilder.StartsListItem(text));

    [Fact]
    public void Pdf_dates_parse_with_offsets()
    {
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 30, 0, TimeSpan.FromHours(1)), PdfDateParser.Parse("D:20240305143000+01'00'"));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 30, 0, TimeSpan.Zero), PdfDateParser.Parse("D:20240305143000Z"));
        Assert.Equal(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), PdfDateParser.Parse("D:2019"));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 30, 0, new TimeSpan(-5, -30, 0)), PdfDateParser.Parse("20240305143000-05'30"));
        Assert.Null(PdfDateParser.Parse("yesterday"));
        Assert.Null(PdfDateParser.Parse("D:20241345"));
    }
}
