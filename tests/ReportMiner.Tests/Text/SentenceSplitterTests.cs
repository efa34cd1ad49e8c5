using ReportMiner.Text;

namespace ReportMiner.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Split_SentencesEndingInFullStopsAndQuotes_AreApart()
    {
        Assert.Equal(["The YOT was rated ‘Good’.", "Staff were committed."], Sentences("The YOT was rated ‘Good’. Staff were committed."));
    }

    [Theory]
    [InlineData("Work was good, e.g. in planning. It was led by Dr. Smith.", 2)]
    [InlineData("1.2. We found the work sufficient in 17 of the 18 cases.", 1)]
    [InlineData("Safeguarding ........ 81%", 1)]
    public void Split_AbbreviationsSectionNumbersAndLeaders_EndNoSentence(string text, int count)
    {
        Assert.Equal(count, Sentences(text).Length);
    }

    [Fact]
    public void Split_FullStopRunIntoTheNextSentenceInScrapedText_EndsTheSentence()
    {
        // Given scraped text whose space after a full stop was lost
        var sentences = Sentences("Personal development was judged outstanding.The sixth form was also rated good.");

        // Then the two sentences are apart, and the stop stays with the first
        Assert.Equal(["Personal development was judged outstanding.", "The sixth form was also rated good."], sentences);
    }
}
