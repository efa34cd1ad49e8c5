namespace ReportMiner.Tests.Extraction;

public sealed class ProseRatingExtractorTests
{
    private const string FjiRelease = """
        Progress needed in Rotherham

        Rotherham Youth Offending Service was working hard, said the Chief Inspector of Probation. Today she published the report of a recent joint inspection of the work of Rotherham Youth Offending Service.

        Inspectors found that:

          • work to reduce reoffending was good. Case managers knew their cases well;
          • work to protect the public and actual or potential victims was unsatisfactory. Too little use was made of police intelligence;
          • the effectiveness of governance and partnership arrangements was satisfactory.

        Case managers had a good understanding of the children. Pre-sentence reports were of good quality.

        ENDS
        NOTES TO EDITORS
        The report is available at www.example.gov.uk/hmiprobation from 3 March 2014.
        """;

    [Fact]
    public void Extract_FullJointInspectionBullets_GivesOneRatingPerGradedStandard()
    {
        // Given a 2014 press release grading three standards in bullets
        // When it is extracted
        var record = Extract.FromText(FjiRelease);

        // Then each bullet is a rating of Rotherham in the 2012–17 framework, and nothing else is
        var ratings = record.Ratings.Select(r => (r.Area, r.Framework, r.Standard, r.Value)).OrderBy(r => r.Standard).ToList();
        Assert.Equal(
            [
                ("Rotherham", "hmip-youth-fji", "governance-partnerships", "Satisfactory"),
                ("Rotherham", "hmip-youth-fji", "protecting-the-public", "Unsatisfactory"),
                ("Rotherham", "hmip-youth-fji", "reducing-reoffending", "Good"),
            ],
            ratings);
        Assert.Equal(["Rotherham"], record.Areas);
        Assert.Equal(new DateOnly(2014, 3, 3), record.Published);
        Assert.Equal("press-release", record.Kind);
    }

    [Fact]
    public void Extract_OverallRatingSentence_GivesOverallOf2018Framework()
    {
        // Given a 2021 release in the 2018 framework's wording
        var text = """
            Gateshead Youth Justice Service has received an overall rating of ‘Good’ following an inspection by HM Inspectorate of Probation.
            Published 14 September 2021
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the whole-service judgement is read with its framework
        var rating = Assert.Single(record.Ratings);
        Assert.Equal(("Gateshead", "hmip-youth-2018", "overall", "Good"), (rating.Area, rating.Framework, rating.Standard, rating.Value));
        Assert.Contains("Good", rating.Evidence!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RequiringImprovement_NormalisesToCanonicalGrade()
    {
        var text = "Published 2 May 2022. Oldham Youth Justice Service was rated ‘requiring improvement’ overall by HM Inspectorate of Probation.";

        var record = Extract.FromText(text);

        Assert.Equal("Requires improvement", Assert.Single(record.Ratings).Value);
    }

    [Fact]
    public void Extract_AggregateAcrossServices_IsNotARating()
    {
        // Given national figures that name no area
        var text = """
            HM Inspectorate of Probation published its annual report on 1 June 2022.
            Of the 33 services inspected, 70 per cent were rated “good” or “outstanding” and 30 per cent “requires improvement”, with none rated “inadequate”.
            Of eight inspections, two areas were found to be “good” and five were rated “requires improvement”.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then there are no ratings
        Assert.Empty(record.Ratings);
    }

    [Fact]
    public void Extract_OutOfCourtWording_AttributesAssessmentToDomainThree()
    {
        var text = """
            Inspection of youth justice services in Sefton, published 9 November 2022 by HM Inspectorate of Probation.
            Assessment of out-of-court disposal work was rated inadequate, while assessment in court work was rated good.
            """;

        var record = Extract.FromText(text);

        Assert.Contains(record.Ratings, r => r.Standard == "3.1" && r.Value == "Inadequate" && r.Area == "Sefton");
        Assert.Contains(record.Ratings, r => r.Standard == "2.1" && r.Value == "Good" && r.Area == "Sefton");
    }

    [Fact]
    public void Extract_OfstedChildrensServicesInArticle_UsesIlacsAndTheAreaOfTheParagraph()
    {
        var text = """
            Monday, March 7, 2022

            SOCIAL CARE
            Inspectors have praised children’s services in Barnet. Services were rated “outstanding” in all areas following a visit by Ofsted in January.
            """;

        var record = Extract.FromText(text);

        var rating = Assert.Single(record.Ratings);
        Assert.Equal(("Barnet", "ofsted-ilacs", "overall", "Outstanding"), (rating.Area, rating.Framework, rating.Standard, rating.Value));
    }

    [Fact]
    public void Extract_YearInSentence_IsKeptOnTheRating()
    {
        var text = """
            Wednesday, June 1, 2022
            In 2018, Blackpool Youth Justice Service was rated “inadequate” overall by HM Inspectorate of Probation. Following the visit in June 2021, its rating jumped to “good” overall.
            """;

        var record = Extract.FromText(text);

        Assert.Contains(record.Ratings, r => r is { Area: "Blackpool", Standard: "overall", Value: "Inadequate", Year: 2018 });
        Assert.Contains(record.Ratings, r => r is { Area: "Blackpool", Standard: "overall", Value: "Good", Year: 2021 });
    }

    [Fact]
    public void Extract_SecondGradeWithItsYear_IsTheSameStandardGradedAgain()
    {
        var text = "Published 1 June 2022 by HM Inspectorate of Probation.\n\nBlackpool Youth Justice Service was rated inadequate in 2018, and good in 2021.";

        var record = Extract.FromText(text);

        Assert.Contains(record.Ratings, r => r is { Area: "Blackpool", Standard: "overall", Value: "Inadequate", Year: 2018 });
        Assert.Contains(record.Ratings, r => r is { Area: "Blackpool", Standard: "overall", Value: "Good", Year: 2021 });
    }

    [Fact]
    public void Extract_AsWasAfterAGrade_GivesTheSameGradeToTheStandardNamed()
    {
        // Given a council's news story grading one judgement and then another "as was"
        var text = """
            Published: 5 December 2019
            Ofsted has published its report on Kirklees Council’s services for children.
            Inspectors judged overall effectiveness to be ‘requires improvement to be good’. The impact of leaders on social work practice with children and families was also judged to ‘require improvement to be good’, as was the experiences and progress of children in care and care leavers.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then both judgements named carry the grade, and the grade phrase's last word is not read as "Good"
        var ratings = record.Ratings.ToDictionary(r => r.Standard!, r => r.Value);
        Assert.Equal("Requires improvement", ratings["impact-of-leaders"]);
        Assert.Equal("Requires improvement", ratings["children-in-care-and-care-leavers"]);
        Assert.DoesNotContain(record.Ratings, r => r.Value == "Good");
    }

    [Fact]
    public void Extract_NeighbouringPlaceUnknownToTheGazetteer_IsItsOwnArea()
    {
        // Given a trade-press story naming a neighbour the gazetteer does not know, with no service suffix
        var text = """
            Published 3 March 2022
            Oldham Youth Justice Service has been rated ‘good’ overall by HM Inspectorate of Probation.
            The report contrasts with neighbouring Eastbrook, whose service was rated ‘requires improvement’ in 2020.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the neighbour is an area with its own grade, and the story's own area keeps its grade
        Assert.Contains("Eastbrook", record.Areas);
        Assert.Contains(record.Ratings, r => r is { Area: "Eastbrook", Standard: "overall", Value: "Requires improvement", Year: 2020 });
        Assert.Single(record.Ratings, r => r.Area == "Oldham");
    }

    [Theory]
    [InlineData("Inspectors rated governance and leadership as 'Inadequate', finding that the board rarely met.", "1.1", "Inadequate")]
    [InlineData("The report, published in November 2022, rated the service as Good overall.", "overall", "Good")]
    [InlineData("Of the four case supervision standards, reviewing was rated 'Inadequate'.", "2.4", "Inadequate")]
    [InlineData("Inspectors rated governance and leadership outstanding, and staffing good.", "1.1", "Outstanding")]
    public void Extract_ActiveVoiceAndLeadIns_NameTheStandardGraded(string sentence, string standard, string grade)
    {
        // Given a 2018-framework release whose sentence puts the standard after the verb or after a counted lead-in
        var text = $"""
            Published 8 November 2022
            HM Inspectorate of Probation has inspected Luton Youth Justice Service.
            {sentence}
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the standard named is the one graded, for the service inspected, and the lead-in's count is no aggregate
        Assert.Contains(record.Ratings, r => r is { Area: "Luton", Framework: "hmip-youth-2018" } && r.Standard == standard && r.Value == grade);
    }

    [Fact]
    public void Extract_ManyInspectionsAsTheSubjectOfAnActiveVerb_IsNotARating()
    {
        // Given a bulletin counting inspections that rated a standard, after a line on one service
        var text = """
            Youth justice bulletin, July 2016, from HM Inspectorate of Probation

            - Luton YOT was rated good for reducing reoffending in February.
            - Of the full joint inspections published in 2015-16, more than half rated governance and partnership arrangements unsatisfactory.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the count's grade is no rating of the service named before
        Assert.DoesNotContain(record.Ratings, r => r.Standard == "governance-partnerships");
        Assert.Contains(record.Ratings, r => r is { Area: "Luton", Standard: "reducing-reoffending", Value: "Good" });
    }

    [Fact]
    public void Extract_GradesForListsOneAfterAnother_GiveEachListItsOwnGrade()
    {
        // Given a care home rated by the CQC with three grades, each for its own key question
        var text = """
            The Care Quality Commission has published its report on Elm Lodge Care Home.
            The home was rated inadequate for being safe, requires improvement for being well-led, and good for being caring.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then each key question has only the grade given for it
        Assert.Contains(record.Ratings, r => r is { Framework: "cqc", Standard: "safe", Value: "Inadequate" });
        Assert.Single(record.Ratings, r => r.Standard == "well-led");
        Assert.Contains(record.Ratings, r => r is { Standard: "well-led", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Standard: "caring", Value: "Good" });
    }

    [Fact]
    public void Extract_DigestWithResultHeadingsInCapitals_RatesEachUnitUnderItsJointName()
    {
        // Given a probation digest whose units' results head their paragraphs in capitals, and a heading that only
        // comments on a grade
        var text = """
            Probation digest, September 2022

            HM Inspectorate of Probation published five PDU reports this summer.

            SWINDON AND WILTSHIRE PDU: requires improvement (10/27)
            Staffing shortfalls dragged down most standards.

            HULL AND EAST RIDING PDU: good (17/27)
            A rare good rating for a unit in the north.

            Croydon: 'inadequate' and what comes next
            The unit's vacancies were close to 40 per cent.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then each unit in capitals is an area under its joint name with its grade, and the comment heading gives none
        Assert.Contains(record.Ratings, r => r is { Area: "Swindon and Wiltshire", Framework: "hmip-probation-pdu", Standard: "overall", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Area: "Hull and East Riding", Standard: "overall", Value: "Good" });
        Assert.DoesNotContain(record.Ratings, r => r.Area == "Croydon");
        Assert.DoesNotContain("Wiltshire", record.Areas);
    }

    [Fact]
    public void Extract_PlacesInAClauseSetOffByDashes_DoNotTakeTheGrade()
    {
        // Given a company named before a clause, set off by dashes, that names the places it served
        var text = """
            Probation digest

            In 2019 the Bristol, Gloucestershire, Somerset and Wiltshire CRC - which then supervised lower-risk cases in Swindon and Gloucestershire - was rated requires improvement.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the company named before the clause has the grade
        var rating = Assert.Single(record.Ratings);
        Assert.Equal("Bristol, Gloucestershire, Somerset and Wiltshire", rating.Area);
    }

    [Fact]
    public void Extract_RoundUpWithGradesInBracketsAndAreasListed_RatesEveryAreaNamed()
    {
        // Given a youth justice round-up with grades in brackets after the areas, areas listed as one subject, and a
        // score in words
        var text = """
            Youth justice round-up, June 2025

            HM Inspectorate of Probation has been busy this spring.

            Medway and Bath and North East Somerset were both rated good - Medway on 22/36, BANES on 26/36.

            Rotherham (requires improvement) and Sefton YJS (good) followed at the end of May.

            Slough's youth justice service was judged inadequate, with a score of three out of 36.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then every area listed or bracketed has its grade, and a score out of 36 in words keeps the scored framework
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Standard: "overall", Value: "Good" });
        Assert.Contains(record.Ratings, r => r is { Area: "Bath and North East Somerset", Standard: "overall", Value: "Good" });
        Assert.Contains(record.Ratings, r => r is { Area: "Rotherham", Standard: "overall", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Area: "Sefton", Standard: "overall", Value: "Good" });
        Assert.Contains(record.Ratings, r => r is { Area: "Slough", Framework: "hmip-youth-2018", Value: "Inadequate" });
    }

    [Fact]
    public void Extract_FullJointInspectionListOfLabelsAndHedgedGrades_ReadsEachAspect()
    {
        // Given a 2014 release listing each aspect as "label: grade.", in plural wording, and with a hedge
        var text = """
            Medway youth justice: sound casework

            Published 9 October 2014. HM Inspectorate of Probation published the report of a full joint inspection of Medway Youth Offending Team today.

            Inspectors graded six aspects of the service's work.

              • Reducing reoffending: satisfactory. Case managers knew the children they worked with well.
              • The work to make sure that sentences were served was judged to be good. Staff were persistent.
              • governance and partnership arrangements were judged no better than satisfactory. The board had only recently begun to look at casework.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then each aspect has its grade
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Framework: "hmip-youth-fji", Standard: "reducing-reoffending", Value: "Satisfactory" });
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Standard: "sentence-served", Value: "Good" });
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Standard: "governance-partnerships", Value: "Satisfactory" });
    }

    [Fact]
    public void Extract_ParticipialClauseNamingAnotherPlace_DoesNotTakeTheGrade()
    {
        // Given an annual report's sentence whose subject is followed by a clause naming the county it replaced
        var text = """
            HM Inspectorate of Probation annual report 2023-24

            Cumberland YJS, inspected for the first time since the county of Cumbria was replaced by two new councils, was rated requires improvement.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the grade is the subject's
        Assert.Contains(record.Ratings, r => r is { Area: "Cumberland", Standard: "overall", Value: "Requires improvement" });
        Assert.DoesNotContain("Cumbria", record.Areas);
    }

    [Fact]
    public void Extract_ReleaseRatingItOverallAndStandardsJudgedToRequireImprovement_ReadsEachGrade()
    {
        // Given a 2023 release that rates "it" overall, grades two standards "judged to 'Require improvement'", and names
        // resettlement by its provision for children leaving custody
        var text = """
            Medway youth justice work requires improvement, say inspectors

            HM Inspectorate of Probation has published its report on Medway Youth Justice Service, 12 April 2023.

            Inspectors visited the service in January and have rated it ‘Requires improvement’ overall.

            Assessment and the implementation and delivery of services were both judged to ‘Require improvement’.

            The YJS’s policy and provision for children leaving custody was separately rated as ‘Outstanding’.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then "it" is the service, both standards have the grade, and leaving custody is resettlement
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Standard: "overall", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Standard: "2.1", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Standard: "2.3", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Standard: "4.1", Value: "Outstanding" });
    }

    [Fact]
    public void Extract_ThatStandardAfterTheStandardNamed_IsThatStandardsGrade()
    {
        // Given a round-up naming a standard and then grading "that standard"
        var text = """
            Inspection round-up

            HM Inspectorate of Probation published its report on Rochdale Youth Justice Service in 2021.

            Rochdale's youth justice service was rated as requiring improvement. Inspectors praised its work with victims but found reviewing of court cases “too often a paper exercise”, rating that standard inadequate.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the standard named before "that standard" has the grade
        Assert.Contains(record.Ratings, r => r is { Area: "Rochdale", Standard: "2.4", Value: "Inadequate" });
    }

    [Fact]
    public void Extract_ServicesListedWithTheirNamesAndATableUnderARule_RatesEachService()
    {
        // Given an annual report listing services by their full names as one subject, and a table with a rule under its header
        var text = """
            HM Inspectorate of Probation annual report 2022-23

            Newham Youth Justice Service and Bristol Youth Justice Service were both rated 'Requires improvement'.

              Service                                   Published     Overall rating
              ---------------------------------------   -----------   ---------------------
              Cardiff YJS                               Jan 2023      Good
              Sandwell YJS                              Mar 2023      Inadequate
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then both listed services and both table rows are rated
        Assert.Contains(record.Ratings, r => r is { Area: "Newham", Standard: "overall", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Area: "Bristol", Standard: "overall", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Area: "Cardiff", Standard: "overall", Value: "Good" });
        Assert.Contains(record.Ratings, r => r is { Area: "Sandwell", Standard: "overall", Value: "Inadequate" });
    }

    [Fact]
    public void Extract_PronounObject_IsNotReadAsTheServiceGrade()
    {
        // Given "rated it as …", where "it" is a standard named earlier
        var text = """
            Published 8 November 2022
            HM Inspectorate of Probation has inspected Luton Youth Justice Service.
            Resettlement policy is underdeveloped and we rated it as requiring improvement.
            """;

        var record = Extract.FromText(text);

        Assert.DoesNotContain(record.Ratings, r => r.Standard == "overall");
    }

    [Fact]
    public void Extract_RoundUpNamingSeveralSectors_TakesTheSectorWhoseScaleHasTheGrade()
    {
        // Given a round-up titled with youth justice, children's services and SEND, and a council rated "inadequate"
        var text = """
            Inspections roundup: youth justice, children's services and SEND
            Tuesday, August 13, 2019

            Meanwhile, Ofsted found "serious and widespread failures" in Southend-on-Sea, which was rated "inadequate" overall.
            A council whose children's services were rated "inadequate" in 2014, Rotherham, has since improved.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then "inadequate" is an ILACS grade (SEND outcomes have no such grade), and "whose" names the subject
        Assert.Contains(record.Ratings, r => r is { Area: "Southend-on-Sea", Framework: "ofsted-ilacs", Standard: "overall", Value: "Inadequate" });
        Assert.Contains(record.Ratings, r => r is { Framework: "ofsted-sif", Standard: "overall", Value: "Inadequate", Year: 2014 });
    }

    [Fact]
    public void Extract_SameGradeAtAnEarlierInspection_IsASecondRatingWithItsYear()
    {
        // Given a 2022 ILACS report whose table grades Derby good, and a sentence recalling the 2018 grade
        var text = """
            Inspection of Derby local authority children's services
            Inspection dates: 7 to 18 March 2022

            Overall effectiveness     Good

            Since the last inspection in 2018, when Derby was judged to be good, leaders have continued to improve services.
            Services for children looked after, which are now good, were weaker in 2012.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the earlier inspection's grade is kept beside the current one, and "now good" is not dated
        var overall = record.Ratings.Where(r => r.Standard == "overall").ToList();
        Assert.Equal(2, overall.Count);
        Assert.Contains(overall, r => r.Year == 2018);
    }

    [Fact]
    public void Extract_ShareOfManyServices_IsNotTheAreasGrade()
    {
        var text = """
            Report to the Health Scrutiny Committee, 9 August 2023
            The Care Quality Commission has rated Norfolk Community Health and Care NHS Trust.
            2.1    Across the Norfolk and Waveney system, 76% of GP practices are rated good.
            """;

        Assert.DoesNotContain(Extract.FromText(text).Ratings, r => r.Value == "Good");
    }

    [Fact]
    public void Extract_ListIntroducedByJudged_GivesTheGradeAfterAsToEveryStandardListed()
    {
        var text = """
            Published: 8 November 2022
            Enfield Youth Justice Service has been inspected by HM Inspectorate of Probation. Of the 12 standards, inspectors judged:
            - Staff, Partnerships and services, and Assessment of out-of-court disposals as 'Good';
            """;

        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        Assert.Equal("Good", ratings["1.2"]);
        Assert.Equal("Good", ratings["1.3"]);
        Assert.Equal("Good", ratings["3.1"]);
    }

    [Theory]
    [InlineData("Rotherham retained its outstanding grade, inspectors said.", "Rotherham", "Outstanding")]
    [InlineData("Sefton was last inspected in 2019, when it was told it required improvement.", "Sefton", "Requires improvement")]
    [InlineData("Sefton's children's services were rated requires improvment overall.", "Sefton", "Requires improvement")]
    public void Extract_RetainedToldAndMisspeltGrades_AreRead(string sentence, string area, string grade)
    {
        var text = $"""
            Published 3 March 2023
            Ofsted has published its inspections of local authority children's services.
            {sentence}
            """;

        Assert.Contains(Extract.FromText(text).Ratings, r => r.Area == area && r.Value == grade && r.Framework.StartsWith("ofsted", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HopesAndGradesLeftBehind_AreNotRatings()
    {
        // Given a wish for a future grade, and a grade that dropped from one value to another
        var text = """
            Published 3 March 2024
            The Care Quality Commission inspected University Hospitals of Leicester NHS Trust's maternity services.
            The trust's rating for being safe dropped from requires improvement to inadequate.
            Elsewhere, Suffolk County Council said it hopes its youth justice service will be rated outstanding next year.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then only the grade the trust has now is read
        var rating = Assert.Single(record.Ratings);
        Assert.Equal(("safe", "Inadequate"), (rating.Standard, rating.Value));
    }

    [Fact]
    public void Extract_RoundUpOfThreeInspectorates_ReadsEachServiceInItsOwnFramework()
    {
        // Given a 2025 round-up: a youth service scored under the 2018 framework, its standards given in active
        // voice with the grade quoted, and a police force graded "at" two things in a news article about youth justice
        var text = """
            Youth justice round-up
            Published 16 July 2025

            Norfolk Youth Justice Service was rated ‘Good’ with a score of 22/36 when its report was published in January. Inspectors rated its resettlement work ‘Outstanding’ but found out-of-court planning ‘requiring improvement’.

            Staffordshire Police has been graded ‘adequate’ at investigating crime and ‘requires improvement’ at responding to the public in its latest PEEL inspection by HM Inspectorate of Constabulary and Fire & Rescue Services.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the youth standards stay in the scored framework and the force owns its PEEL grades
        var ratings = record.Ratings.Select(r => (r.Area, r.Framework, r.Standard, r.Value)).ToHashSet();
        Assert.Contains(("Norfolk", "hmip-youth-2018", "4.1", "Outstanding"), ratings);
        Assert.Contains(("Norfolk", "hmip-youth-2018", "3.2", "Requires improvement"), ratings);
        Assert.Contains(("Staffordshire Police", "hmicfrs-peel", "investigating-crime", "Adequate"), ratings);
        Assert.Contains(("Staffordshire Police", "hmicfrs-peel", "responding-to-the-public", "Requires improvement"), ratings);
        Assert.Contains("Staffordshire Police", record.Areas);

        // And two standards beside a score are no table to sum against it
        Assert.DoesNotContain(record.Warnings, w => w.Code == "score-mismatch");
    }

    [Theory]
    [InlineData(true, "out-of-court-and-diversion-work")]
    [InlineData(false, "diversion-work")]
    public void Extract_StandardNamedInShortUnderTheNewFramework_TakesTheIdItsTablePrinted(bool withTable, string expected)
    {
        // Given a 2025-framework report whose summary names a standard in short, with or without its ratings table
        var table = withTable ? "Out-of-court and diversion work    Good\n\n" : string.Empty;
        var text = $"""
            An inspection of youth justice services in Wigan
            HM Inspectorate of Probation
            June 2025

            {table}Summary

            Its diversion work is good, and children are seen quickly.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Where(r => r.Value == "Good").Select(r => r.Standard).ToList();

        // Then the sentence's standard is the table's where the table printed it, else the words as printed
        Assert.Equal([expected], ratings);
    }

    [Fact]
    public void Extract_PronounAfterAColonNamingAStandard_GradesThatStandard()
    {
        var text = """
            An inspection of probation services in Cumbria
            HM Inspectorate of Probation
            March 2019

            Reviewing is the weakest area of casework: it was rated ‘Inadequate’.
            """;

        var rating = Assert.Single(Extract.FromText(text).Ratings);

        Assert.Equal(("2.4", "Inadequate"), (rating.Standard, rating.Value));
    }

    [Fact]
    public void Extract_AreaSendOutcomeStatement_IsTheAreasOutcomeUnderOfsted()
    {
        // Given an area SEND report naming both inspectorates, the CQC by name and short form
        var text = """
            Area SEND inspection of Wigan Local Area Partnership
            Inspection dates: 5 to 9 February 2024

            Inspection outcome
            The local area partnership’s special educational needs and/or disabilities (SEND) arrangements lead to inconsistent experiences and outcomes for children and young people with SEND.

            Ofsted and the Care Quality Commission (CQC) ask that the local area partnership updates its strategic plan.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the outcome statement is the area's rating, and Ofsted leads
        Assert.Equal("Ofsted", record.Inspectorate);
        var rating = Assert.Single(record.Ratings);
        Assert.Equal(("Wigan", "ofsted-send-2023", "overall", "Inconsistent experiences and outcomes"), (rating.Area, rating.Framework, rating.Standard, rating.Value));
    }

    [Fact]
    public void Extract_RoundUpWithQuotedGradesForListedStandardsAndASchool_ReadsEach()
    {
        // Given a youth justice round-up: a grade "for" standards listed after a count, a gerund rating verb, and a
        // paragraph on a school graded by number, named by no inspectorate
        var text = """
            Inspections round-up
            Wednesday, 13 November 2019

            Inspectors gave Lincolnshire Youth Offending Service "outstanding" grades for eight of the 12 standards, among them governance and leadership and partnerships and services.

            Bristol Youth Offending Team has been told it is requiring improvement, with inspectors rating its staffing "inadequate".

            Schools

            Moorside Primary School in Oldham, placed in special measures in 2017, has been judged grade 2 (good) at its latest full inspection.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Framework, r.Standard, r.Value)).ToHashSet();

        // Then each listed standard, the gerund's object and the school have their grades
        Assert.Contains(("Lincolnshire", "hmip-youth-2018", "1.1", "Outstanding"), ratings);
        Assert.Contains(("Lincolnshire", "hmip-youth-2018", "1.3", "Outstanding"), ratings);
        Assert.Contains(("Bristol", "hmip-youth-2018", "1.2", "Inadequate"), ratings);
        Assert.Contains(("Moorside Primary School", "ofsted-schools", "overall", "Good"), ratings);
    }

    [Fact]
    public void Extract_ListEndingInTheServicesOwnStandard_GivesEachItsGrade()
    {
        var text = """
            Wigan Youth Justice Service rated 'Good'
            HM Inspectorate of Probation
            Published 10 September 2025

            Leadership and governance, partnerships and services, and the service's appropriate adult arrangements were each rated 'Good'.
            """;

        var standards = Extract.FromText(text).Ratings.Where(r => r.Value == "Good").Select(r => r.Standard).ToHashSet();

        Assert.Superset(new HashSet<string?> { "leadership-and-governance", "partnerships-and-services", "appropriate-adult-arrangements" }, standards);
    }

    [Fact]
    public void Extract_GradeAProviderAimsFor_IsNoRating()
    {
        var text = """
            Plas Eryri care home
            Care Inspectorate Wales
            Published 3 March 2025

            The provider has told us it aims to achieve an ‘Excellent’ rating for leadership and management at the next inspection.
            """;

        Assert.DoesNotContain(Extract.FromText(text).Ratings, r => r.Value == "Excellent");
    }

    [Fact]
    public void Extract_SendOutcomeQuotedInANewsStory_AndTheScaleListed_AreReadApart()
    {
        var text = """
            Practice weekly
            Published 3 March 2024

            An area SEND inspection of Torbay found that arrangements lead to “significant concerns” about the experiences of children with SEND.

            Note: the three possible outcomes are that the arrangements typically lead to positive experiences and outcomes; lead to inconsistent experiences and outcomes; or that there are widespread failings leading to significant concerns.
            """;

        var rating = Assert.Single(Extract.FromText(text).Ratings);

        Assert.Equal(("Torbay", "overall", "Significant concerns"), (rating.Area, rating.Standard, rating.Value));
    }

    [Fact]
    public void Extract_InspectedAndRatedSharingOneSubject_GivesTheSubjectItsGradeAndYear()
    {
        var text = """
            Probation news from HM Inspectorate of Probation
            Published 3 March 2024

            Doncaster PDU, the third South Yorkshire unit, was inspected in 2023 and rated 'Requires improvement'.
            """;

        var rating = Assert.Single(Extract.FromText(text).Ratings);

        Assert.Equal(("Doncaster", "overall", "Requires improvement", (int?)2023), (rating.Area, rating.Standard, rating.Value, rating.Year));
    }

    [Fact]
    public void Extract_StandardsListedAfterAParagraphOnAnotherInspectorate_StayInTheParagraphsFramework()
    {
        // Given a paragraph on an earlier Ofsted inspection, then one scoring the youth service and listing its standards
        var text = """
            Croydon youth offending service 'requires improvement', say inspectors
            23 July 2019

            The YOS had strengthened its partnership working since a critical Ofsted inspection of children's services in 2017.

            The YOS scored 11 out of 36, with an overall rating of 'Requires improvement'. The two standards rated 'Inadequate' were assessment and planning for children sentenced by the courts.
            """;

        var ratings = Extract.FromText(text).Ratings.Where(r => r.Value == "Inadequate").Select(r => (r.Framework, r.Standard)).ToList();

        Assert.Equal([("hmip-youth-2018", "2.1"), ("hmip-youth-2018", "2.2")], ratings);
    }

    [Theory]
    [InlineData("We rated the practice as inadequate for providing safe services because the monitoring of medicines was not effective.", "safe")]
    [InlineData("Nationally, fewer than one in five of the areas inspected so far have been graded good for governance.", null)]
    public void Extract_GradeForAListEndsAtBecauseAndNotForCountsOfServices(string sentence, string? standard)
    {
        var text = $"""
            Kirkgate Lane Surgery
            Care Quality Commission
            Published 3 March 2023

            {sentence}
            """;

        var standards = Extract.FromText(text).Ratings.Where(r => r.Standard != "overall").Select(r => r.Standard).ToList();

        Assert.Equal(standard is null ? [] : [standard], standards);
    }

    [Fact]
    public void Extract_GradeLastJudgedThenDatedInTheNotes_IsOneRatingWithItsYear()
    {
        var text = """
            Hampshire youth offending team rated outstanding
            HM Inspectorate of Probation
            Published 12 October 2023

            Hampshire Youth Offending Team has received the top rating of ‘Outstanding’, four years after inspectors last judged it to be ‘Good’.

            Notes to editors
            3. At its previous inspection, published in 2019, Hampshire Youth Offending Team received an overall rating of ‘Good’.
            """;

        var good = Extract.FromText(text).Ratings.Where(r => r.Value == "Good").ToList();

        var rating = Assert.Single(good);
        Assert.Equal(2019, rating.Year);
    }

    [Fact]
    public void Extract_StandardsBothRatedInAClauseAfterAnotherGrade_GiveEachItsGrade()
    {
        var text = """
            Ofsted news
            Published 3 March 2024

            Wigan has been rated outstanding overall by Ofsted. Inspectors judged the impact of leaders to be outstanding, with help and protection and the council’s services for care leavers both rated good.
            """;

        var good = Extract.FromText(text).Ratings.Where(r => r.Value == "Good").Select(r => r.Standard).ToHashSet();

        Assert.Equal(new HashSet<string?> { "help-and-protection", "care-leavers" }, good);
    }

    [Fact]
    public void Extract_GradeForAStandardThenAnotherStandardRatedInAWithClause_GivesEachItsOwnGrade()
    {
        var text = """
            Youth news
            Published 3 March 2023

            Southend YJS was rated good for its court work, with implementation and delivery rated outstanding.
            """;

        var ratings = Extract.FromText(text).Ratings.Where(r => r.Standard == "2.3").Select(r => r.Value).ToList();

        Assert.Equal(["Outstanding"], ratings);
    }

    [Theory]
    [InlineData("Its target is for all court disposal standards to be rated good quality at the next inspection, and for resettlement to move to ‘Good’.")]
    [InlineData("Inspectors found it ‘Good’ at engaging children.")]
    [InlineData("Our ambition is that every standard is rated at least Good, and that the service is rated Outstanding overall, at its next inspection.")]
    public void Extract_TargetsAndBarePronouns_AreNotRatings(string sentence)
    {
        var text = $"""
            Published 3 March 2022
            Lancashire Youth Justice Service: report to scrutiny committee
            {sentence}
            """;

        Assert.Empty(Extract.FromText(text).Ratings);
    }

    [Fact]
    public void Extract_GradeWhenLastInspected_KeepsThatYear()
    {
        var text = """
            Published 16 July 2025
            Youth justice news
            The verdict matches that of Ofsted, which rated Sunderland’s children’s services ‘Good’ when it last inspected them in 2022.
            """;

        var rating = Assert.Single(Extract.FromText(text).Ratings);
        Assert.Equal(("Sunderland", "ofsted-ilacs", "Good", 2022), (rating.Area, rating.Framework, rating.Value, rating.Year));
    }

    [Fact]
    public void Extract_AreasListedAndDomainsNamedAsAWhole_GiveEveryAreaEveryStandard()
    {
        // Given an annual report naming two services at once, and a domain's standards as the subject
        var text = """
            HM Inspectorate of Probation annual report: youth justice 2020
            Published 19 November 2020

            Cornwall and North Yorkshire were both rated 'Outstanding' for every standard in the court disposals domain. In Sandwell, by contrast, all four out-of-court disposal standards were rated 'Inadequate', and the service had no agreed process with the police.

            HM Inspectorate of Probation rates youth offending services against published standards. Each standard, and the service overall, is rated ‘Outstanding’, ‘Good’, ‘Requires improvement’ or ‘Inadequate’.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Standard, r.Value)).ToList();

        // Then each area gets each standard of the domain, and the scale's description is no rating
        Assert.Equal(12, ratings.Count);
        Assert.Equal(4, ratings.Count(r => r.Area == "Cornwall" && r.Standard!.StartsWith("2.", StringComparison.Ordinal) && r.Value == "Outstanding"));
        Assert.Equal(4, ratings.Count(r => r.Area == "North Yorkshire" && r.Standard!.StartsWith("2.", StringComparison.Ordinal) && r.Value == "Outstanding"));
        Assert.Equal(4, ratings.Count(r => r.Area == "Sandwell" && r.Standard!.StartsWith("3.", StringComparison.Ordinal) && r.Value == "Inadequate"));
    }

    [Fact]
    public void Extract_NewsStoryOnSeveralSchools_GivesEachSchoolItsOwnGrades()
    {
        // Given a local news story on four schools' Ofsted results
        var text = """
            Ofsted: joy for Cantley school but Thorne academy placed in special measures
            Published: 5 December 2019

            Cantley Park Primary School was judged outstanding in every area following a two-day inspection last month.

            At Bessacarr Fields Academy, inspectors rated the school Good.

            But there was disappointment at St Edwin’s Catholic Primary School in Wheatley, which has been graded ‘requires improvement’.

            Thorne Moorends Academy was rated inadequate and has been placed in special measures. Leadership and management were also judged inadequate.

            According to the latest figures, 82 per cent of Doncaster schools are now rated good or outstanding.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then every school is an area with its own grade
        var ratings = record.Ratings.Select(r => (r.Area, r.Standard, r.Value)).ToHashSet();
        Assert.Contains(("Cantley Park Primary School", "overall", "Outstanding"), ratings);
        Assert.Contains(("Bessacarr Fields Academy", "overall", "Good"), ratings);
        Assert.Contains(("St Edwin’s Catholic Primary School", "overall", "Requires improvement"), ratings);
        Assert.Contains(("Thorne Moorends Academy", "overall", "Inadequate"), ratings);
        Assert.Contains(("Thorne Moorends Academy", "leadership-and-management", "Inadequate"), ratings);
        Assert.Equal(5, ratings.Count);
    }

    [Fact]
    public void Extract_RatingsListedUnderAreaNamesInCapitals_BelongToThoseAreas()
    {
        // Given a release's notes listing two units' grades under their names in capitals, "Label: Grade" a line
        var text = """
            HM Inspectorate of Probation
            9 July 2024

            HM Inspectorate of Probation has published reports on two probation delivery units in South Yorkshire. Assessment, planning and reviewing all came out as 'Requires improvement', and implementation and delivery was rated 'Inadequate'.

            Notes to editors

            SHEFFIELD PDU - overall rating: Requires improvement
              1.1 Leadership: Good
              1.2 Workforce: Requires improvement

            ROTHERHAM PDU - overall rating: Inadequate
              1.1 Leadership: Requires improvement
              1.2 Workforce: Inadequate
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Standard, r.Value)).ToHashSet();

        // Then each unit's rows are its own, and the second clause's grade is not given to the first clause's standard
        Assert.Contains(("Sheffield", "1.2", "Requires improvement"), ratings);
        Assert.Contains(("Rotherham", "1.1", "Requires improvement"), ratings);
        Assert.Contains(("Rotherham", "1.2", "Inadequate"), ratings);
        Assert.DoesNotContain(ratings, r => r.Value == "Inadequate" && r.Standard == "2.2");
    }

    [Fact]
    public void Extract_CqcNewsOnATrustAndItsHospitals_GivesTheTrustItsGradesAndKeepsOnlyTheNewGrade()
    {
        // Given a CQC release on a trust and two of its hospitals
        var text = """
            CQC publishes report on Humber Estuary Hospitals NHS Trust
            28 November 2019

            The Care Quality Commission (CQC) has rated Humber Estuary Hospitals NHS Trust as Requires improvement overall.

            CQC inspected services at Scunthorpe Riverside Hospital and Goole Memorial Hospital, as well as the trust as a whole.

            At trust level, the trust was rated Inadequate for being safe.

            Goole Memorial Hospital has improved its rating from requires improvement to good.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Standard, r.Value)).ToHashSet();

        // Then "the trust" is the trust, and the grade left behind is no rating
        Assert.Contains(("Humber Estuary Hospitals NHS Trust", "safe", "Inadequate"), ratings);
        Assert.Contains(("Goole Memorial Hospital", "overall", "Good"), ratings);
        Assert.DoesNotContain(("Goole Memorial Hospital", "overall", "Requires improvement"), ratings);
    }

    [Fact]
    public void Extract_ActiveVerbWithObjectsAndGradesInSemicolonParts_GradesEveryStandardNamed()
    {
        // Given a 2017 release that grades five standards in one sentence, and a grade "as it was" years before
        var text = """
            Lincolnshire: strong court work
            Published 14 March 2017

            Inspectors rated Lincolnshire's work to reduce reoffending and court work as good; work to protect the public and work to protect children and young people as satisfactory; and the governance and partnership arrangements as unsatisfactory.

            HM Inspectorate of Probation rated Nottingham's work to ensure the sentence is served as good. The effectiveness of governance and partnership arrangements in Nottingham remains satisfactory, as it was in 2013, when the YOT was last inspected.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Standard, r.Value, r.Year)).ToHashSet();

        // Then each standard has the grade its part gives, and the earlier grade keeps its year
        Assert.Contains(("Lincolnshire", "reducing-reoffending", "Good", (int?)null), ratings);
        Assert.Contains(("Lincolnshire", "court-work", "Good", (int?)null), ratings);
        Assert.Contains(("Lincolnshire", "protecting-the-public", "Satisfactory", (int?)null), ratings);
        Assert.Contains(("Lincolnshire", "protecting-the-child", "Satisfactory", (int?)null), ratings);
        Assert.Contains(("Lincolnshire", "governance-partnerships", "Unsatisfactory", (int?)null), ratings);
        Assert.Contains(("Nottingham", "sentence-served", "Good", (int?)null), ratings);
        Assert.Contains(("Nottingham", "governance-partnerships", "Satisfactory", (int?)2013), ratings);
    }

    [Fact]
    public void Extract_LocalNewsOnTwoInspections_TakesEachGradesInspectorateAndPlaceFromTheParagraphsAbove()
    {
        // Given a local story: children's services graded without naming Ofsted, then a youth justice inspection whose
        // inspectorate is named a paragraph before its grades, and quotations between the place and the grades
        var text = """
            Southend children's services rated 'good' - but youth justice team told to improve
            12:00pm Thursday 19th October 2023

            CHILDREN'S services in Southend have been rated 'good', in what the council has called a "landmark moment".

            "Children benefit from social workers who know them well," the report said.

            "Leaders have a clear understanding of the strengths of their services," it said.

            But a separate inspection of the city's youth justice service by HM Inspectorate of Probation, published a week earlier, found it requires improvement.

            The service scored 17 out of a possible 36. Inspectors rated its out-of-court disposal policy and provision as inadequate.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Framework, r.Standard, r.Value)).ToHashSet();

        // Then the children's services grade is Ofsted's and the standard HM Inspectorate of Probation's
        Assert.Contains(("Southend-on-Sea", "ofsted-ilacs", "overall", "Good"), ratings);
        Assert.Contains(("Southend-on-Sea", "hmip-youth-2018", "3.4", "Inadequate"), ratings);
    }

    [Fact]
    public void Extract_ActiveVerbOverAWholeDomainAndCourtWording_GivesEachStandard()
    {
        // Given a release that rates a whole domain in active voice, and names court work by "sentenced by the courts"
        var text = """
            Kirklees youth offending team inspection
            Published 3 March 2019

            Out-of-court disposals

            By contrast, inspectors rated all four of the service’s out-of-court disposal standards ‘Inadequate’.

            For children sentenced by the courts, the quality of assessment in Kirklees was rated ‘Requires improvement’.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Standard, r.Value)).ToHashSet();

        // Then the domain's four standards and the court standard are read
        Assert.Equal(
            new HashSet<(string?, string)> { ("3.1", "Inadequate"), ("3.2", "Inadequate"), ("3.3", "Inadequate"), ("3.4", "Inadequate"), ("2.1", "Requires improvement") },
            ratings);
    }
}
