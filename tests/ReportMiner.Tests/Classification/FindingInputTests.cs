using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class FindingInputTests
{
    [Theory]
    [InlineData("Assessment was sufficient in 12 of the 20 cases, and reviewing was sufficient in only 8 of them.", "8 of", "and reviewing was sufficient in only 8 of them")]
    [InlineData("Assessment was sufficient in 12 of the 20 cases, and reviewing was sufficient in only 8 of them.", "12", "Assessment was sufficient in 12 of the 20 cases")]
    [InlineData("In 17 of the 18 cases, the initial assessment was sufficient.", "17", "In 17 of the 18 cases, the initial assessment was sufficient")]
    [InlineData("Safeguarding work scored 69% (up from 55%, in 2009), risk of harm work 62%.", "62%", "risk of harm work 62%")]
    public void Clause_FindingInASentence_IsItsOwnClause(string sentence, string at, string expected)
    {
        // Given a sentence and the offset of one finding's ratio in it
        var offset = sentence.IndexOf(at, StringComparison.Ordinal);

        // When its clause is taken
        var clause = FindingInput.Clause(sentence, offset);

        // Then it is the finding's clause (with the clause after where the ratio opens its own)
        Assert.Equal(expected, clause);
    }

    [Fact]
    public void For_OutOfCourtSentence_HasTheSentenceAndCuesAsContext()
    {
        // Given a finding whose kind of case is named only in its sentence's opening clause
        const string Sentence = "In out-of-court cases, planning was sufficient in 9 of 12 cases.";

        // When its input is built
        var input = FindingInput.For(Sentence, Sentence.IndexOf("9 of", StringComparison.Ordinal), "3.2 Planning", "Paragraph");

        // Then the text is its clause and the context the sentence with the cue words: the kind of case, the heading's
        // domain, the topic its clause names and the topic named nearest before its ratio
        Assert.Equal("planning was sufficient in 9 of 12 cases", input.Text);
        Assert.Equal(Sentence + " cueoutofcourt cuedomain3 cuetplanning cuenplanning", input.Context);
        Assert.Equal("3.2 Planning", input.Heading);
    }

    [Theory]
    [InlineData("15", "cuetassessment cuetplanning cuenassessment")]
    [InlineData("14", "cuetassessment cuetplanning cuenplanning")]
    public void TopicCues_TwoFindingsInOneClause_TheNearestTopicBeforeEachRatio(string at, string expected)
    {
        // Given a clause that states two findings, each after the standard it is about
        const string Sentence = "Assessment was sufficient in 15 and planning in 14.";
        var offset = Sentence.IndexOf(at, StringComparison.Ordinal);

        // When the topic cues of the finding at each ratio are read
        var cues = FindingInput.TopicCues(Sentence, offset, FindingInput.Clause(Sentence, offset));

        // Then both topics of the clause are cues, and the nearest before the ratio tells the two findings apart
        Assert.Equal(expected, cues);
    }

    [Fact]
    public void For_DocumentOnManyServices_AddsItsCue()
    {
        // Given a finding in an annual report or a round-up, and the same finding in a report on one service
        const string Sentence = "Assessment was sufficient in 80 per cent of court cases.";

        // When the inputs are built
        var many = FindingInput.For(Sentence, Sentence.IndexOf("80", StringComparison.Ordinal), null, "Paragraph", manyServices: true);
        var one = FindingInput.For(Sentence, Sentence.IndexOf("80", StringComparison.Ordinal), null, "Paragraph");

        // Then only the first carries the cue
        Assert.EndsWith("cuemanyservices", many.Context, StringComparison.Ordinal);
        Assert.DoesNotContain("cuemanyservices", one.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NumberedFinding_CuesItsSection()
    {
        // Given a finding printed under its section's number
        const string Sentence = "1.2. Pre-sentence reports were of good quality in 14 of the 20 cases.";

        // When its input is built
        var input = FindingInput.For(Sentence, Sentence.IndexOf("14", StringComparison.Ordinal), null, "ListItem");

        // Then the number's domain is a cue
        Assert.Contains("cuesection1", input.Context, StringComparison.Ordinal);
    }
}
