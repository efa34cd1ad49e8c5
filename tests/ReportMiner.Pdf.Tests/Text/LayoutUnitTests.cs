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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Word_sort_orders_ties_as_a_comparison_sort_does(bool descending)
    {
        // Layout reads words in the order an unstable sort leaves them, so the key sort must keep the same order of
        // ties as List.Sort with a comparison, not merely some sorted order.
        var random = new Random(7);
        for (var trial = 0; trial < 300; trial++)
        {
            var words = Enumerable.Range(0, random.Next(0, trial % 10 == 0 ? 2000 : 120))
                .Select(i => new LayoutWord($"w{i}", random.Next(6) * 12.5, 0, random.Next(8) * -3.0, 10, false))
                .ToList();
            var expected = new List<LayoutWord>(words);
            expected.Sort(descending ? (a, b) => b.X0.CompareTo(a.X0) : (a, b) => a.X0.CompareTo(b.X0));
            if (descending)
            {
                WordSort.Descending(words, static w => w.X0);
            }
            else
            {
                WordSort.Ascending(words, static w => w.X0);
            }

            Assert.Equal(expected, words);
        }
    }

    [Fact]
    public void Word_sort_falls_back_to_the_comparison_for_nan_keys()
    {
        var words = new[] { 3.0, double.NaN, 1.0, 2.0 }.Select((b, i) => new LayoutWord($"w{i}", 0, 1, b, 10, false)).ToList();
        var expected = new List<LayoutWord>(words);
        expected.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        WordSort.Descending(words, static w => w.Baseline);
        Assert.Equal(expected, words);
    }

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
