using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class FindingInputTests
{
    [Theory]
    [InlineData("Assessment was sufficient in 12 of the 20 cases, and reviewing was sufficient in only 8 of them.", "8 of", "and reviewing was sufficient in only 8 of them")]
    [InlineData("Assessment was sufficient in 12 of the 20 cases, and reviewing was sufficient in only 8 of them.", "12", "Assessment was sufficient in 12 of the 20 cases")]
    [InlineData("In 17 of the 18 cases, the initial assessment was sufficient.", "17", "In 17 of the 18 cases, the initial assessment was sufficient")]
    [InlineData("Safeguarding work scored 69% (up from 55%, in 2009), risk of harm work 62%.", "62%", "risk of harm work 62%")]
    [InlineData("Assessment was sufficient in 15 and planning in 14.", "15", "Assessment was sufficient in 15")]
    [InlineData("Assessment was sufficient in 15 and planning in 14.", "14", "Assessment was sufficient in 15 and planning in 14")]
    [InlineData("Assessment was sufficient in 15 cases and the plans were good.", "15", "Assessment was sufficient in 15 cases and the plans were good")]
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
        Assert.Equal(Sentence + " cueoutofcourt cuedomainthree cuetplanning cuenplanning", input.Context);
        Assert.Equal("3.2 Planning", input.Heading);
    }

    [Theory]
    [InlineData("15", "cuetassessment cuenassessment")]
    [InlineData("14", "cuetassessment cuetplanning cuenplanning")]
    public void TopicCues_TwoFindingsInOneClause_TheNearestTopicBeforeEachRatio(string at, string expected)
    {
        // Given a clause that states two findings, each after the standard it is about
        const string Sentence = "Assessment was sufficient in 15 and planning in 14.";
        var offset = Sentence.IndexOf(at, StringComparison.Ordinal);

        // When the topic cues of the finding at each ratio are read
        var cues = FindingInput.TopicCues(Sentence, offset, FindingInput.Clause(Sentence, offset));

        // Then the first finding's clause ends before the second's topic, and the nearest topic before each ratio tells the two apart
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
    public void Surroundings_TableRowUnderANumberedStandard_TheNumberAboveAndTheDomainItGives()
    {
        // Given a key-question row of a table under its standard's numbered line, in a section headed for out-of-court work
        var blocks = new List<ReportMiner.Documents.Block>
        {
            Block("Out-of-court disposals", ReportMiner.Documents.BlockKind.Heading),
            Block("2.2. Planning                      Requires improvement", ReportMiner.Documents.BlockKind.TableRow),
            Block("Is planning focused on supporting desistance?     67%", ReportMiner.Documents.BlockKind.TableRow),
        };

        // When its surroundings are read and its input built
        var surroundings = FindingInput.Surroundings(blocks, 2, 0);
        const string Row = "Is planning focused on supporting desistance?";
        var input = FindingInput.For(Row, Row.Length, "Out-of-court disposals", "TableRow", surroundings: surroundings);

        // Then the number above is a cue, and a twin label resolves to its domain before the heading's
        Assert.Equal("2.2", surroundings.NumberAbove);
        Assert.Contains("cueabovetwo 2.2", input.Context, StringComparison.Ordinal);
        Assert.Equal("hmip-youth-2018/2.2", StandardLabels.Answer("hmip-youth-2018/planning", input.Text, input.Context, "Out-of-court disposals"));
    }

    [Fact]
    public void For_ParagraphOpeningOnOutOfCourtWork_CuesIt()
    {
        // Given a finding whose paragraph opens on out-of-court work, though its sentence does not say
        const string Paragraph = "Out-of-court disposals. We inspected 18 cases. Assessment was sufficient in 15.";
        var blocks = new List<ReportMiner.Documents.Block> { Block(Paragraph, ReportMiner.Documents.BlockKind.Paragraph) };
        var start = Paragraph.IndexOf("Assessment", StringComparison.Ordinal);
        var sentence = Paragraph[start..];

        // When its input is built with its surroundings
        var input = FindingInput.For(sentence, sentence.IndexOf("15", StringComparison.Ordinal), "Key findings", "Paragraph", surroundings: FindingInput.Surroundings(blocks, 0, start));

        // Then the paragraph's wording is a cue, and decides the twin
        Assert.Contains("cuebeforeoutofcourt", input.Context, StringComparison.Ordinal);
        Assert.Equal("hmip-youth-2018/3.1", StandardLabels.Answer("hmip-youth-2018/assessment", input.Text, input.Context, "Key findings"));
    }

    [Fact]
    public void Surroundings_RatioInAColumnOfScores_ItsColumnHeadersTopic()
    {
        // Given a table of scores with a header row naming each column's standard
        var blocks = new List<ReportMiner.Documents.Block>
        {
            Row("Area        Safeguarding   Risk of Harm   Likelihood of Reoffending", "Area", "Safeguarding", "Risk of Harm", "Likelihood of Reoffending"),
            Row("Greenwich   78%            72%            80%", "Greenwich", "78%", "72%", "80%"),
        };
        var text = blocks[1].Text;
        var at = text.IndexOf("72%", StringComparison.Ordinal);

        // When the surroundings of the second score are read and its input built
        var surroundings = FindingInput.Surroundings(blocks, 1, 0, at);
        var input = FindingInput.For(text, at, null, "TableRow", surroundings: surroundings);

        // Then its column's header is its topic, and the score is read under it
        Assert.Equal("Risk of Harm", surroundings.Column);
        Assert.Contains("cuecolriskofharm cuenriskofharm", input.Context, StringComparison.Ordinal);
        Assert.StartsWith("Risk of Harm: Greenwich", input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Surroundings_PlainTextRowRunningTwoCellsTogether_TheHeaderStandingOverTheRatio()
    {
        // Given a table set out in plain text whose row runs its name and first score together (two spaces between them)
        var blocks = new List<ReportMiner.Documents.Block>
        {
            Row("Area                              Safeguarding   Risk of Harm   Reoffending", "Area", "Safeguarding", "Risk of Harm", "Reoffending"),
            Row("Tower Hamlets and City of London  61%            54%            68%", "Tower Hamlets and City of London  61%", "54%", "68%"),
        };
        var text = blocks[1].Text;

        // When the surroundings of each score are read
        var first = FindingInput.Surroundings(blocks, 1, 0, text.IndexOf("61%", StringComparison.Ordinal));
        var second = FindingInput.Surroundings(blocks, 1, 0, text.IndexOf("54%", StringComparison.Ordinal));

        // Then each has the header that stands over it, though the row has fewer cells than the header
        Assert.Equal("Safeguarding", first.Column);
        Assert.Equal("Risk of Harm", second.Column);
    }

    [Theory]
    [InlineData("Assessment and planning were good, with 12 of the 15 assessments sufficient", "12", "assessment")]
    [InlineData("Assessment was good, and 11/15 plans were sufficient to keep other people safe", "11", "planning")]
    [InlineData("Reviewing was sufficient in 14 of the 17 cases", "14", null)]
    [InlineData("Assessment was sufficient in 15 and planning in 14", "15", null)]
    public void CountedTopic_WhatTheRatioCounts(string sentence, string at, string? expected)
    {
        Assert.Equal(expected, FindingInput.CountedTopic(sentence, sentence.IndexOf(at, StringComparison.Ordinal)));
    }

    private static ReportMiner.Documents.Block Row(string text, params string[] cells) =>
        new() { Kind = ReportMiner.Documents.BlockKind.TableRow, Text = text, Span = new ReportMiner.Documents.SourceSpan(0, text.Length, 1), Cells = cells };

    private static ReportMiner.Documents.Block Block(string text, ReportMiner.Documents.BlockKind kind) =>
        new() { Kind = kind, Text = text, Span = new ReportMiner.Documents.SourceSpan(0, text.Length, 1) };

    [Fact]
    public void For_NumberedFinding_CuesItsSection()
    {
        // Given a finding printed under its section's number
        const string Sentence = "1.2. Pre-sentence reports were of good quality in 14 of the 20 cases.";

        // When its input is built
        var input = FindingInput.For(Sentence, Sentence.IndexOf("14", StringComparison.Ordinal), null, "ListItem");

        // Then the number's domain is a cue
        Assert.Contains("cuesectionone", input.Context, StringComparison.Ordinal);
    }
}
