namespace ReportMiner.Tests.Extraction;

public sealed class QuoteExtractorTests
{
    [Fact]
    public void Extract_StatementOverTwoParagraphs_IsOneQuoteWithSpeakerAndRole()
    {
        // Given "X said:" and a statement whose first paragraph is never closed
        var text = """
            Kirklees Youth Offending Team was improving, said Liz Calderbank, Chief Inspector of Probation.

            Liz Calderbank said:

            “We found committed staff who knew the children well. Leaders had a clear plan.

            “We have made recommendations and look forward to seeing them put into practice.”

            ENDS
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then it is one quote, its paragraphs joined by a blank line, with the speaker's role from the text
        var quote = Assert.Single(record.Quotes);
        Assert.Equal("Liz Calderbank", quote.Speaker);
        Assert.Equal("Chief Inspector of Probation", quote.Role);
        Assert.Equal(
            "We found committed staff who knew the children well. Leaders had a clear plan.\n\nWe have made recommendations and look forward to seeing them put into practice.",
            quote.Text);
    }

    [Fact]
    public void Extract_QuotationInterruptedBySpeechVerb_IsOneQuoteOfTheSpeakerNamedBefore()
    {
        // Given a statement broken by "he added", its rest running on into the next paragraph
        var text = """
            Chief Inspector of Probation Justin Russell said: “Staff in Eastfield were committed.”

            “Without enough staff,” he added, “it is inevitable that corners get cut. Leaders must act.

            “Recruitment must be the first priority.”
            """;

        // When it is extracted
        var quotes = Extract.FromText(text).Quotes;

        // Then the broken statement is one quote, joined where the speech verb stood, and his
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Justin Russell", q.Speaker));
        Assert.StartsWith("Without enough staff, it is inevitable that corners get cut. Leaders must act.", quotes[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("Recruitment must be the first priority.", quotes[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Yvonne Parkes, Ofsted's regional director for the North West, said:", "Yvonne Parkes")]
    [InlineData("Dr Helena Marwood, CQC’s deputy director of primary care inspection, said:", "Helena Marwood")]
    public void Extract_DirectorOfAnInspectorate_SpeaksForTheInspectorate(string lead, string speaker)
    {
        // Given a director, a role that is usually a council's, who works for an inspectorate
        var text = $"""
            Published 3 March 2019

            {lead} "Rochdale has many strengths, and the council is determined to recover quickly. But children must not wait."
            """;

        // When it is extracted
        var quote = Assert.Single(Extract.FromText(text).Quotes);

        // Then the words are an inspectorate's comment, with the speaker named
        Assert.EndsWith(speaker, quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReplyLedInByTheReport_IsNoInspectorQuote()
    {
        var text = """
            Published 3 March 2011

            Responding to the report, the head of the youth justice service said: "We welcome the inspectors' findings and have already started work on an improvement plan."
            """;

        Assert.Empty(Extract.FromText(text).Quotes);
    }

    [Fact]
    public void Extract_SaysTheReportAndNotedOneInspector_AttributesReportAndInspector()
    {
        var text = """
            “Morale is high and staff have been given improved access to training,” says the report.

            “The model of practice was routinely reflected across the partnership,” noted one inspector.
            """;

        var record = Extract.FromText(text);

        Assert.Contains(record.Quotes, q => q.Speaker == "report" && q.Text.StartsWith("Morale is high", StringComparison.Ordinal));
        Assert.Contains(record.Quotes, q => q.Speaker == "inspector" && q.Text.StartsWith("The model of practice", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PronounAttribution_ResolvesToTheLastNamedPerson()
    {
        var text = """
            Chief inspector of probation Justin Russell praised the staff.

            “Many services have introduced new ways of working and this must now be put into practice,” he said.
            """;

        var quote = Assert.Single(Extract.FromText(text).Quotes);

        Assert.Equal(("Justin Russell", "Chief inspector of probation"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void Extract_CouncilReplyAndRatingWords_AreNotInspectorQuotes()
    {
        // Given a council's reply and grade words in quotation marks
        var text = """
            The service was rated “good” by inspectors, and “requires improvement” for resettlement.

            Councillor Jane Smith, cabinet member for children, said: “We are delighted with this result and thank our staff.”
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then no quote is kept
        Assert.Empty(record.Quotes);
    }

    [Fact]
    public void Extract_InspectorNotedWithStraightQuotesAndEmphasis_DropsMarksAndAsterisks()
    {
        var text = "We saw good practice, an inspector noted: \"*There was a detailed assessment linked to the plan of work*\".";

        var quote = Assert.Single(Extract.FromText(text).Quotes);

        Assert.Equal(("inspector", "There was a detailed assessment linked to the plan of work"), (quote.Speaker, quote.Text));
    }

    [Fact]
    public void Extract_SecondQuotationAfterAnAttribution_IsTheSameSpeakers()
    {
        // Given two quotations in one paragraph, the attribution standing between them
        var text = """
            Published 16 July 2025
            “Sunderland has made victims part of the service’s everyday business rather than an add-on,” said Martin Jones, HM Chief Inspector of Probation. “Every victim we spoke to had been offered a say in the child’s intervention.”
            """;

        // When it is extracted
        var quotes = Extract.FromText(text).Quotes;

        // Then both are his
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Martin Jones", q.Speaker));
    }

    [Fact]
    public void Extract_ChildrenReadersAndTitlesInQuotationMarks_AreNotInspectorComments()
    {
        // Given a story with an inspector's words, a child's words sourced after a dash and told to inspectors, the
        // report's title in quotation marks, and readers' comments under the story
        var text = """
            Medway youth justice service praised by inspectors

            HM Inspectorate of Probation's report, "An inspection of youth justice services in Medway", was published today.
            It said: "Leaders know their service well and children are seen quickly."

            A 15-year-old girl told inspectors: "She talks to me and she doesn't give up on me."

            "My worker never gave up on me, even when I didn't turn up." - child, aged 16

            Staff turnover was low and morale was high among the case managers inspectors met.

            Comments (2)

            kentreader: "Good to see some positive news for once. Well done to the staff."

            "About time the council got some credit." - Paul, Chatham
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then only the report's own words are a quote
        var quote = Assert.Single(record.Quotes);
        Assert.StartsWith("Leaders know their service well", quote.Text, StringComparison.Ordinal);
    }
}
