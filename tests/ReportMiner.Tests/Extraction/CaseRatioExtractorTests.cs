namespace ReportMiner.Tests.Extraction;

public sealed class CaseRatioExtractorTests
{
    private static string Letter(string body) => $"""
        Report of Short Quality Screening (SQS) of youth offending work in Medway
        HM Inspectorate of Probation
        Publication date: 4 April 2014

        1. Reducing the likelihood of reoffending

        {body}

        Operational management

        Supervision had made a positive difference in 9 out of the 15 cases.
        """;

    [Theory]
    [InlineData("Assessment was sufficient in 17 out of the 18 relevant cases.", 17, 18)]
    [InlineData("Planning was sufficient in four out of the five relevant cases.", 4, 5)]
    [InlineData("Reviews were timely in 6 of the 12 cases.", 6, 12)]
    [InlineData("Plans were good enough in all but one of the 12 cases.", 11, 12)]
    [InlineData("In the 12 cases where action to address non-compliance was required, the response was sufficient every time.", 12, 12)]
    [InlineData("Work was effective in every one of the eight cases.", 8, 8)]
    [InlineData("Assessment was sufficient in twenty-one of the 24 case files.", 21, 24)]
    [InlineData("Enforcement action was taken every time it was needed, across the 6 relevant cases.", 6, 6)]
    [InlineData("Planning was sufficient in seven out of every ten cases.", 7, 10)]
    [InlineData("Pre-sentence reports were sufficient in 9/10 cases.", 9, 10)]
    [InlineData("Work was sufficient in both custodial cases.", 2, 2)]
    [InlineData("Pre-sentence reports had been prepared in 13 cases; 11 were of sufficient quality.", 11, 13)]
    [InlineData("4.4 Of the 21 cases inspected, planning was sufficient in just eight.", 8, 21)]
    [InlineData("Of the 8 cases that required a plan, only 4 had a plan of sufficient quality.", 4, 8)]
    [InlineData("Intervention plans were completed in 41 cases, of which 30 were sufficiently specific.", 30, 41)]
    [InlineData("Planning to manage risk of harm was sufficient in 6/12.", 6, 12)]
    public void Extract_CountsOfCases_GiveNumeratorAndDenominator(string sentence, int numerator, int denominator)
    {
        var record = Extract.FromText(Letter(sentence));

        var ratio = Assert.Single(record.CaseRatios, r => r.Standard == "reducing-reoffending");
        Assert.Equal((numerator, denominator), (ratio.Numerator, ratio.Denominator));
        Assert.Equal("Medway", ratio.Area);
    }

    [Fact]
    public void Extract_KeyQuestionsThenTheirPercentagesInAColumn_PairsEachQuestionWithItsShare()
    {
        // Given a report's text layer giving its key questions a line each, then their percentages a line each
        var text = """
            Inspection of youth justice services in Medway
            HM Inspectorate of Probation, May 2023

            We inspected 24 court cases and reviewed the quality of assessment, planning, implementation and delivery, and
            reviewing in each of them. Inspectors also interviewed the case managers, their managers and the partnership's
            board members, and read the service's own audits of its work over the previous twelve months with children.

            2.2. Planning
            Requires improvement
            Does planning focus sufficiently on supporting the child's desistance?
            Does planning focus sufficiently on keeping the child safe?
            Does planning focus sufficiently on keeping other people safe?
            74%
            58%
            41%
            Plans were often written late.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then each share is a case ratio of the planning standard, in the questions' order
        Assert.Equal([74.0, 58.0, 41.0], record.CaseRatios.Where(r => r.Standard == "2.2").Select(r => r.Percent ?? 0));
        Assert.All(record.CaseRatios, r => Assert.Equal("Medway", r.Area));
    }

    [Theory]
    [InlineData("Regionally, six of the eleven East of England youth justice services inspected since 2018 were rated good.")]
    [InlineData("Four of the nine councils in the region were visited.")]
    [InlineData("We examined 20 cases, of which 12 were from the Caerphilly team.")]
    [InlineData("Court work was rated good in each of the four standards for court disposals.")]
    public void Extract_CountsOfServicesNotCases_AreNoRatios(string sentence)
    {
        var record = Extract.FromText(Letter(sentence));

        Assert.DoesNotContain(record.CaseRatios, r => r.Standard == "reducing-reoffending");
    }

    [Fact]
    public void Extract_CoreCaseInspectionScoresInBracketsAndInWords_AreSharesOfCasesForTheirArea()
    {
        // Given a Core Case Inspection release giving two services' scores, one in brackets, one in words
        var text = """
            Core Case Inspection of youth offending work in two London areas
            Published 23 February 2012

            Merton YOT's scores were 66% (safeguarding), 63% (risk of harm to others) and 75% (likelihood of reoffending).

            The YOT serving Sutton scored sixty-one per cent on safeguarding and fifty-four per cent on risk of harm to others.
            """;

        // When it is extracted
        var ratios = Extract.FromText(text).CaseRatios.Select(r => (r.Area, r.Standard, r.Percent)).ToList();

        // Then each score is its area's share of cases for that area of work
        Assert.Equal(
            [
                ("Merton", "safeguarding", (double?)66),
                ("Merton", "risk-of-harm", 63),
                ("Merton", "likelihood-of-reoffending", 75),
                ("Sutton", "safeguarding", 61),
                ("Sutton", "risk-of-harm", 54),
            ],
            ratios);
    }

    [Fact]
    public void Extract_RatioUnderAnUnmatchedHeading_HasNoStandard()
    {
        var record = Extract.FromText(Letter("Nothing was counted here."));

        var ratio = Assert.Single(record.CaseRatios);
        Assert.Equal((9, 15), (ratio.Numerator, ratio.Denominator));
        Assert.Null(ratio.Standard);
    }

    [Theory]
    [InlineData("Of the records examined, 80 per cent met all requirements for assessment.", 80)]
    [InlineData("Inspectors found 62% of cases had a sufficient risk assessment.", 62)]
    [InlineData("The work was good enough in 45 per cent of the cases inspected.", 45)]
    public void Extract_PercentOfCases_GivesPercent(string sentence, double percent)
    {
        var record = Extract.FromText(Letter(sentence));

        Assert.Contains(record.CaseRatios, r => r.Percent == percent && r.Numerator is null);
    }

    [Theory]
    [InlineData("Plans were reviewed sufficiently in half of the relevant cases.", 0.5)]
    [InlineData("Planning was sufficient in over two-thirds of cases.", 0.67)]
    public void Extract_FractionOfCases_GivesFraction(string sentence, double fraction)
    {
        var record = Extract.FromText(Letter(sentence));

        Assert.Contains(record.CaseRatios, r => r.Fraction == fraction);
    }

    [Theory]
    [InlineData("In the staff survey, 42 per cent of staff rated their supervision as poor.")]
    [InlineData("The reoffending rate was 33.8%, better than the average of 37.9%.")]
    [InlineData("Violent offences made up 93 per cent of alleged crimes.")]
    [InlineData("Of those services, 70 per cent were rated good.")]
    [InlineData("In two cases a plan had not been produced, and we examined 20 cases.")]
    public void Extract_ProportionsThatAreNotOfCases_AreNotCaseRatios(string sentence)
    {
        var record = Extract.FromText(Letter(sentence));

        Assert.DoesNotContain(record.CaseRatios, r => r.Standard == "reducing-reoffending");
    }

    [Fact]
    public void Extract_QuestionWithItsPercentInTheNextCell_IsAPercentOfCases()
    {
        // Given a key-questions table row: the question, then the share of cases answered yes
        var record = Extract.FromText(Letter("Does assessment sufficiently analyse how to keep the child safe?\t72%"));

        Assert.Contains(record.CaseRatios, r => r.Percent == 72 && r.Standard == "reducing-reoffending");
    }

    [Fact]
    public void Extract_PercentWithoutItsWhole_CountsInASingleAreaReport()
    {
        var record = Extract.FromText(Letter("Assessment was sufficient in only 44% and planning was better, at 67 per cent."));

        Assert.Contains(record.CaseRatios, r => r.Percent == 44);
        Assert.Contains(record.CaseRatios, r => r.Percent == 67);
    }

    [Fact]
    public void Extract_WrappedQuestionRowsAndDottedLeaderScores_AreShares()
    {
        // Given a report's text layer with a question wrapped in its cell, and a release's scores after dotted leaders
        var text = """
            Inspection of youth offending services in Stockport
            Published 12 June 2019

            2.1. Assessment                                                        Good
                                                                                   % 'Yes'
            Does assessment sufficiently analyse how to support the child's
            desistance?                                                            86%
            Does assessment sufficiently analyse how to keep the child safe?       71%

            Safeguarding ............................................. 81%
            """;

        // When it is extracted
        var shares = Extract.FromText(text).CaseRatios.Select(r => r.Percent).ToList();

        // Then each share is read, the wrapped question's too
        Assert.Contains(86.0, shares);
        Assert.Contains(71.0, shares);
        Assert.Contains(81.0, shares);
    }
}
