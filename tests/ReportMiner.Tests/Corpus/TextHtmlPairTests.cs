using ReportMiner.Records;

namespace ReportMiner.Tests.Corpus;

/// <summary>
/// The same document saved as text (corpus/dev/pairs/NAME.txt) and as HTML (corpus/dev/html/NAME.html) gives the
/// same record, apart from evidence offsets.
/// </summary>
public sealed class TextHtmlPairTests
{
    private static readonly ReportExtractor Extractor = ReportExtractor.Create();

    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var txt in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "dev", "pairs"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(txt));
        }

        return data;
    }

    [Fact]
    public void Pairs_AreAtLeastFive() => Assert.True(Pairs().Count >= 5);

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Extract_TextAndHtmlOfOneDocument_GiveTheSameRecord(string name)
    {
        // Given one document saved as text and as an HTML page
        var dev = Path.Combine(TestPaths.Corpus, "dev");

        // When both are extracted
        var text = await Extractor.ExtractAsync(Path.Combine(dev, "pairs", name + ".txt"));
        var html = await Extractor.ExtractAsync(Path.Combine(dev, "html", name + ".html"));

        // Then every finding is the same (the kind is left out: a saved page keeps links such as "Read the full
        // report (PDF)" that its text copy drops, and those links are what mark a page)
        Assert.Equal(Summary(text), Summary(html));
    }

    private static string Summary(ReportRecord r) => string.Join(
        "\n",
        new[] { $"inspectorate={r.Inspectorate}", $"published={r.Published}", $"areas={string.Join("|", r.Areas)}", $"score={r.Score}/{r.ScoreMax}" }
            .Concat(r.Ratings.Select(x => $"rating {x.Area} {x.Framework} {x.Standard} {x.Value} {x.Year}").Order(StringComparer.Ordinal))
            .Concat(r.CaseRatios.Select(x => $"ratio {x.Area} {x.Numerator}/{x.Denominator} {x.Percent} {x.Fraction} {x.Standard}").Order(StringComparer.Ordinal))
            .Concat(r.Quotes.Select(x => $"quote {x.Speaker} {x.Role}: {x.Text}").Order(StringComparer.Ordinal)));
}
