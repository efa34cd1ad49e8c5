namespace ReportMiner.Tests.Extraction;

public sealed class RatingTableExtractorTests
{
    private static string Report(string table) => $"""
        An inspection of youth justice services in Salford
        HM Inspectorate of Probation
        Publication date: 12 March 2024

        Ratings

        {table}

        Inspection of youth justice services: Salford
        """;

    private const string ConsistentTable = """
        Salford Youth Justice Service
        Score 20/36
        Overall rating
        Good
        1. Organisational delivery
        1.1 Governance and leadership Good
        1.2 Staff Good
        1.3 Partnerships and services Requires improvement
        1.4 Information and facilities Good
        2. Court disposals
        2.1 Assessment Requires improvement
        2.2 Planning Good
        2.3 Implementation and delivery Good
        2.4 Reviewing Requires improvement
        3. Out-of-court disposals
        3.1 Assessment Good
        3.2 Planning Requires improvement
        3.3 Implementation and delivery Good
        3.4 Out-of-court disposal policy and provision Good
        4. Resettlement
        4.1 Resettlement policy and provision Outstanding
        """;

    [Fact]
    public void Extract_OneLinePerStandard_ReadsEveryStandardOfTheTable()
    {
        // Given a 2018-framework ratings table, one line per standard
        // When it is extracted
        var record = Extract.FromText(Report(ConsistentTable));

        // Then all thirteen standards and the overall grade are read, court and out-of-court apart
        var ratings = record.Ratings.Where(r => r.Framework == "hmip-youth-2018").ToDictionary(r => r.Standard!, r => r.Value);
        Assert.Equal(14, ratings.Count);
        Assert.Equal("Good", ratings["overall"]);
        Assert.Equal("Requires improvement", ratings["2.1"]);
        Assert.Equal("Good", ratings["3.1"]);
        Assert.Equal("Outstanding", ratings["4.1"]);
        Assert.All(record.Ratings, r => Assert.Equal("Salford", r.Area));
        Assert.Equal((20, 36), (record.Score, record.ScoreMax));
    }

    [Fact]
    public void Extract_NeighboursTableWithAnUninspectedRowFirst_ReadsEveryGradedRowWithItsYear()
    {
        // Given a council paper's table of neighbours' grades whose first row has no grade, and years in a column of their own
        var text = """
            Report to the Children's Scrutiny Committee

            In June 2024 Ofsted judged the overall effectiveness of Rutland's children's services to be good.

            Our statistical neighbours' latest ILACS judgements are:

               Authority                          Latest judgement                        Year
               Westmorland and Furness            Not yet inspected (new authority)        -
               Wiltshire                          Requires improvement to be good          2022
               Dorset                             Outstanding                              2019
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the rows after the ungraded one are read, each in the year its row gives, and the ungraded council is no area
        Assert.Contains(record.Ratings, r => r is { Area: "Wiltshire", Framework: "ofsted-ilacs", Standard: "overall", Value: "Requires improvement", Year: 2022 });
        Assert.Contains(record.Ratings, r => r is { Area: "Dorset", Standard: "overall", Value: "Outstanding", Year: 2019 });
        Assert.DoesNotContain("Westmorland and Furness", record.Areas);
    }

    [Fact]
    public void Extract_TableWithADomainColumn_ReadsEachStandardByItsOwnNumber()
    {
        // Given a council paper's table of a youth inspection with the domain's number in a column of its own
        var text = """
            Report to Cabinet: inspection of Rutland Youth Justice Service by HM Inspectorate of Probation, 2023

               Domain   Standard                                  Rating
               2        2.1 Assessment                            Good
               2        2.2 Planning                              Good
               3        3.1 Assessment                            Requires improvement
               3        3.2 Planning                              Outstanding
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then out-of-court assessment and planning are 3.1 and 3.2, not the court standards of the same names
        Assert.Contains(record.Ratings, r => r is { Standard: "3.1", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Standard: "3.2", Value: "Outstanding" });
        Assert.Contains(record.Ratings, r => r is { Standard: "2.2", Value: "Good" });
        Assert.DoesNotContain(record.Ratings, r => r is { Standard: "2.2", Value: "Outstanding" });
    }

    [Fact]
    public void Extract_TableHeadedByCodesAKeyDefines_ReadsEachServiceByItsPlace()
    {
        // Given a youth annual summary whose table heads its columns with codes a key spells out, rows named by service
        var text = """
            HM Inspectorate of Probation: summary of Full Joint Inspections, 2014

            Key: RR = reducing reoffending; PP = protecting the public and actual or potential victims; SS = ensuring the sentence is served.

            | Service                  | Published | RR             | PP             | SS           |
            |--------------------------|-----------|----------------|----------------|--------------|
            | Medway YOS               | Jul 2014  | Satisfactory   | Unsatisfactory | Good         |
            | Rochdale Youth Justice Service | Oct 2014 | Good    | Satisfactory   | Good         |
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then each coded column is its standard, and each service row is its place's
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Framework: "hmip-youth-fji", Standard: "protecting-the-public", Value: "Unsatisfactory" });
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Standard: "reducing-reoffending", Value: "Satisfactory" });
        Assert.Contains(record.Ratings, r => r is { Area: "Rochdale", Standard: "sentence-served", Value: "Good" });
    }

    [Fact]
    public void Extract_YouthJusticeRowInAnOfstedRoundUp_IsTheProbationInspectorates()
    {
        // Given a round-up led by Ofsted findings, with a table of youth justice services scored out of 36
        var text = """
            Inspection round-up: November 2023

            Ofsted published its inspections of local authority children's services in three councils this month.
            Rochdale's children's services were judged good.

            Youth justice

                Service                              Published   Score   Rating
                Medway Youth Justice Service         17 Oct      29/36   Good
                Medway and Rochdale compared         -           -       -
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the youth justice service's grade is in the youth framework, not Ofsted's
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Framework: "hmip-youth-2018", Standard: "overall", Value: "Good" });
        Assert.DoesNotContain(record.Ratings, r => r is { Area: "Medway", Framework: "ofsted-ilacs" });
    }

    [Fact]
    public void Extract_BilingualTableWithTheWelshGradeLast_ReadsTheEnglishGrade()
    {
        // Given a Welsh service's page with a table giving each standard and grade in English and Welsh
        var html = """
            <html><head><title>Inspection of youth justice services in Newport</title></head><body>
            <h1>An inspection of youth justice services in Newport</h1>
            <p>HM Inspectorate of Probation published its report on Newport Youth Justice Service on 4 May 2022.</p>
            <table>
            <tr><th>Standard</th><th lang="cy">Safon</th><th>Rating</th><th lang="cy">Gradd</th></tr>
            <tr><td>1.1 Governance and leadership</td><td lang="cy">Llywodraethu ac arweinyddiaeth</td><td>Requires improvement</td><td lang="cy">Angen gwella</td></tr>
            <tr><td>2.4 Reviewing</td><td lang="cy">Adolygu</td><td>Inadequate</td><td lang="cy">Annigonol</td></tr>
            </table></body></html>
            """;

        // When it is extracted
        var record = Extract.FromText(html, "newport.html");

        // Then each standard has the grade of its English cell
        Assert.Contains(record.Ratings, r => r is { Area: "Newport", Standard: "1.1", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Area: "Newport", Standard: "2.4", Value: "Inadequate" });
    }

    [Fact]
    public void Extract_NeighbourRowNamingTheJointServiceThatCoversIt_RatesTheService()
    {
        // Given a council's table of neighbours' youth justice grades, where a neighbour is served by a joint service
        var html = """
            <html><body>
            <h1>Youth justice inspection: report to scrutiny</h1>
            <p>HM Inspectorate of Probation inspected the council's youth justice service in 2023.</p>
            <table>
            <tr><th>Council</th><th>Service</th><th>Overall rating</th><th>Year</th></tr>
            <tr><td>Telford and Wrekin</td><td>West Mercia YJS (covers four councils)</td><td>Requires improvement</td><td>2022</td></tr>
            <tr><td>Rochdale</td><td>Rochdale YJS</td><td>Good</td><td>2023</td></tr>
            </table></body></html>
            """;

        // When it is extracted
        var record = Extract.FromText(html, "paper.html");

        // Then the joint service is what was rated, not the council whose row it is
        Assert.Contains(record.Ratings, r => r is { Area: "West Mercia", Standard: "overall", Value: "Requires improvement" });
        Assert.DoesNotContain("Telford and Wrekin", record.Areas);
        Assert.Contains(record.Ratings, r => r is { Area: "Rochdale", Value: "Good" });
    }

    [Fact]
    public void Extract_GradeCellWithANoteThatItIsNotScored_IsTheGrade()
    {
        // Given a council paper's table whose resettlement grade carries a note
        var text = """
            Report to Cabinet: inspection of Rutland Youth Justice Service by HM Inspectorate of Probation, 2021

                 Standard                                              Rating
                 1.2 Staff                                             Outstanding
                 4.1 Resettlement policy and provision                 Good (not scored)
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the note does not hide the grade
        Assert.Contains(record.Ratings, r => r is { Standard: "4.1", Value: "Good" });
    }

    [Fact]
    public void Extract_ConsistentTable_GivesNoConsistencyWarning()
    {
        var record = Extract.FromText(Report(ConsistentTable));

        Assert.DoesNotContain(record.Warnings, w => w.Code is "score-mismatch" or "overall-band-mismatch" or "standard-missing" or "rating-conflict");
    }

    [Fact]
    public void Extract_ScoreContradictingGrades_WarnsOfTheMismatch()
    {
        // Given a table whose printed score is not the sum of its grades
        var table = ConsistentTable.Replace("Score 20/36", "Score 31/36", StringComparison.Ordinal);

        // When it is extracted
        var record = Extract.FromText(Report(table));

        // Then the record carries a score-mismatch warning and an overall-band warning, and the grades stand as printed
        Assert.Contains(record.Warnings, w => w.Code == "score-mismatch" && w.Message.Contains("31/36", StringComparison.Ordinal));
        Assert.Contains(record.Warnings, w => w.Code == "overall-band-mismatch");
        Assert.Contains(record.Ratings, r => r.Standard == "overall" && r.Value == "Good");
    }

    [Fact]
    public void Extract_StandardRatedTwiceWithDifferentGrades_WarnsOfTheConflict()
    {
        // Given a table and a summary that contradict each other on one standard, for the same inspection
        var record = Extract.FromText(Report(ConsistentTable) + "\nSummary\n\nCourt disposal assessment was rated 'Outstanding'.\n");

        // Then both grades stand as printed and the record warns of the conflict
        Assert.Contains(record.Warnings, w => w.Code == "rating-conflict" && w.Message.Contains("2.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TableRunningOverAPageBreak_ComesOutWhole()
    {
        // Given the table split by a form feed, running footer and header, after its second domain
        var split = ConsistentTable.Replace("3. Out-of-court disposals", "Inspection of youth justice services: Salford    4\n\f5    Inspection of youth justice services: Salford\n3. Out-of-court disposals", StringComparison.Ordinal);

        // When it is extracted
        var record = Extract.FromText(Report(split));

        // Then every standard is read, with no consistency warning
        var ratings = record.Ratings.Where(r => r.Framework == "hmip-youth-2018").ToDictionary(r => r.Standard!, r => r.Value);
        Assert.Equal(14, ratings.Count);
        Assert.Equal("Requires improvement", ratings["3.2"]);
        Assert.DoesNotContain(record.Warnings, w => w.Code is "score-mismatch" or "standard-missing" or "rating-conflict");
    }

    [Fact]
    public void Extract_MissingStandard_WarnsUnlessMarkedNotRated()
    {
        var missing = Extract.FromText(Report(ConsistentTable.Replace("3.2 Planning Requires improvement\n", string.Empty, StringComparison.Ordinal)));
        var notRated = Extract.FromText(Report(ConsistentTable.Replace("3.2 Planning Requires improvement", "3.2 Planning Not rated", StringComparison.Ordinal)));

        Assert.Contains(missing.Warnings, w => w.Code == "standard-missing" && w.Message.Contains("3.2", StringComparison.Ordinal));
        Assert.DoesNotContain(notRated.Warnings, w => w.Code == "standard-missing");
        Assert.DoesNotContain(notRated.Ratings, r => r.Standard == "3.2");
    }

    [Fact]
    public void Extract_LabelAndGradeOnSeparateLinesWithWrappedGrade_ReadsOneRatingPerStandard()
    {
        // Given label and grade on separate lines, the grade wrapped over two lines, and a domain heading deciding "Assessment"
        var table = """
            Overall rating

            Requires improvement

            2. Court disposals

            Assessment

            Requires

            improvement

            3. Out-of-court disposals

            Assessment

            Inadequate
            """;

        var record = Extract.FromText(Report(table));

        Assert.Contains(record.Ratings, r => r.Standard == "overall" && r.Value == "Requires improvement");
        Assert.Contains(record.Ratings, r => r.Standard == "2.1" && r.Value == "Requires improvement");
        Assert.Contains(record.Ratings, r => r.Standard == "3.1" && r.Value == "Inadequate");
    }

    [Fact]
    public void Extract_TableReadColumnByColumn_PairsLabelsWithGradesInOrder()
    {
        // Given a table whose text layer gives all the labels, then all the grades (pdftotext's plain mode does this)
        var table = """
            Overall rating
            2. Court disposals
            2.1 Assessment
            2.2 Planning
            3. Out-of-court disposals
            3.1 Assessment

            Good
            Requires improvement
            Outstanding
            Inadequate
            """;

        // When it is extracted
        var record = Extract.FromText(Report(table));

        // Then each label takes the grade in the same position, court and out-of-court apart
        var ratings = record.Ratings.ToDictionary(r => r.Standard!, r => r.Value);
        Assert.Equal("Good", ratings["overall"]);
        Assert.Equal("Requires improvement", ratings["2.1"]);
        Assert.Equal("Outstanding", ratings["2.2"]);
        Assert.Equal("Inadequate", ratings["3.1"]);
    }

    [Fact]
    public void Extract_TableOfPastInspections_GivesTheOverallGradeOfEachDatedRow()
    {
        // Given a school's inspection page with the latest judgements and a table of earlier inspections
        var html = """
            <html><body><main>
            <h1>Thornbury Lane Primary School</h1>
            <dl><dt>Local authority</dt><dd>Westmoor</dd></dl>
            <p>Full inspection, 12 and 13 March 2019. Ofsted report published 24 April 2019.</p>
            <table>
            <tr><td>Overall effectiveness</td><td>Good</td></tr>
            <tr><td>The quality of education</td><td>Good</td></tr>
            </table>
            <h2>Previous inspections</h2>
            <table>
            <tr><th>Inspection date</th><th>Type</th><th>Overall effectiveness</th></tr>
            <tr><td>2 February 2015</td><td>Section 5</td><td>Requires improvement</td></tr>
            <tr><td>9 May 2011</td><td>Section 5</td><td>Inadequate</td></tr>
            </table>
            </main></body></html>
            """;

        // When it is extracted
        var record = Extract.FromText(html, "school.html");

        // Then each past inspection is an overall rating for its own year, beside the current one
        var overall = record.Ratings.Where(r => r.Standard == "overall").ToList();
        Assert.Equal(3, overall.Count);
        Assert.Contains(overall, r => r is { Value: "Inadequate", Year: 2011 });
        Assert.Contains(overall, r => r is { Value: "Requires improvement", Year: 2015 });
        Assert.Contains(overall, r => r.Value == "Good" && r.Year is null or 2019);
    }

    [Fact]
    public void Extract_GradeColumnTable_GivesEachListedAreaTheGradeAboveIt()
    {
        // Given a PEEL summary laid out as text: one column per grade, area names wrapped inside their column
        var text = """
            PEEL 2021/22: An inspection of Dorset Police
            HMICFRS
            Published 3 March 2022

            Our inspection assessed how good Dorset Police is in nine areas of policing. We make graded judgments in seven of these areas as follows:

                Outstanding          Good                          Adequate                    Requires improvement      Inadequate
                Recording data       Preventing crime and          Treatment of the public     Responding to the public
                about crime          anti-social behaviour         Investigating crime
                                     Developing a positive         Protecting vulnerable
                                     workplace                     people

            We also inspected how effective a service the force gives to victims of crime.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then every area takes the grade of its column, wrapped names whole
        var ratings = record.Ratings.Where(r => r.Framework == "hmicfrs-peel").ToDictionary(r => r.Standard!, r => r.Value);
        Assert.Equal("Outstanding", ratings["recording-data-about-crime"]);
        Assert.Equal("Good", ratings["preventing-crime-and-anti-social-behaviour"]);
        Assert.Equal("Good", ratings["developing-a-positive-workplace"]);
        Assert.Equal("Adequate", ratings["treatment-of-the-public"]);
        Assert.Equal("Adequate", ratings["protecting-vulnerable-people"]);
        Assert.Equal("Requires improvement", ratings["responding-to-the-public"]);
        Assert.Equal(7, ratings.Count);
    }

    [Theory]
    [InlineData("2.1AssessmentRequires improvement", "2.1", "Requires improvement")]
    [InlineData("1.1Governance and leadershipOutstanding", "1.1", "Outstanding")]
    public void Extract_RunTogetherTableLine_SplitsNumberLabelAndGrade(string line, string standard, string grade)
    {
        // Given a scraped ratings table whose cells ran together
        var record = Extract.FromText(Report($"Score 20/36\nOverall rating Good\n{line}\n"));

        Assert.Contains(record.Ratings, r => r.Standard == standard && r.Value == grade);
    }

    [Fact]
    public void Extract_GradeWrappedOutOfItsRow_IsJoinedToTheRow()
    {
        // Given a text layer where "Requires improvement" wrapped under its column
        var table = "2.3           Implementation and delivery                       Good\n2.4           Reviewing                                         Requires\n                                                                improvement\n";

        var record = Extract.FromText(Report("Score 20/36\nOverall rating Good\n" + table));

        Assert.Contains(record.Ratings, r => r.Standard == "2.4" && r.Value == "Requires improvement");
        Assert.Contains(record.Ratings, r => r.Standard == "2.3" && r.Value == "Good");
    }

    [Fact]
    public void Extract_DomainPairsAndBracketedEarlierGrades_AreReadPerStandard()
    {
        // Given a release listing one domain's grades on a line, and a scrutiny paper's key-question rows with the
        // earlier grade in brackets
        var release = """
            Published: 26 February 2019
            Sunderland Youth Offending Service has been inspected by HM Inspectorate of Probation. It was rated:
            - Court disposals: assessment – Outstanding; planning – Good; implementation and delivery – Outstanding; reviewing – Good
            """;
        var paper = """
            Report to the Health Scrutiny Committee, 9 August 2023
            The Care Quality Commission inspected Beech Lodge Care Home.

                   Safe            Requires improvement   (previously Requires improvement)
                   Caring          Good                   (previously Outstanding)
            """;

        // When they are extracted
        var fromRelease = Extract.FromText(release).Ratings.ToDictionary(r => r.Standard!, r => r.Value);
        var fromPaper = Extract.FromText(paper).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        // Then each pair is a court-disposal standard, and each row the grade it has now
        Assert.Equal("Outstanding", fromRelease["2.1"]);
        Assert.Equal("Good", fromRelease["2.2"]);
        Assert.Equal("Good", fromRelease["2.4"]);
        Assert.Equal("Requires improvement", fromPaper["safe"]);
        Assert.Equal("Good", fromPaper["caring"]);
    }

    [Fact]
    public void Extract_GradeHeadingsOverLists_GiveEachListedAreaItsGrade()
    {
        // Given a PEEL page: each grade a heading, the areas with that grade listed under it
        var html = """
            <html><body><main>
            <h1>Cumbria Constabulary</h1>
            <p>PEEL 2023–2025. Published: 29 February 2024. We inspected how good Cumbria Constabulary is in nine areas of policing.</p>
            <h3>Outstanding</h3><ul><li>No areas</li></ul>
            <h3>Good</h3><ul><li>Preventing crime</li><li>Managing offenders</li></ul>
            <h3>Adequate</h3><ul><li>Investigating crime</li></ul>
            </main></body></html>
            """;

        var ratings = Extract.FromText(html, "page.html").Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        Assert.Equal("Good", ratings["preventing-crime"]);
        Assert.Equal("Good", ratings["managing-offenders"]);
        Assert.Equal("Adequate", ratings["investigating-crime"]);
        Assert.False(ratings.ContainsKey("no-areas"));
    }

    [Fact]
    public void Extract_GridOneDomainPerColumn_ReadsEveryStandardUnderItsGrade()
    {
        // Given an early 2018-framework grid: three domains side by side, labels wrapped, grades under their labels
        var table = string.Join("\n",
            " Organisational delivery          Court disposals                 Out-of-court disposals",
            " 1.1 Governance and leadership    2.1 Assessment                  3.1 Assessment",
            "     Requires improvement             Requires improvement            Good",
            " 1.3 Partnerships and services    2.3 Implementation and          3.3 Implementation and",
            "     Good                             delivery                        delivery",
            "                                      Inadequate                      Outstanding");

        var ratings = Extract.FromText(Report("Score 12/36\nOverall rating Requires improvement\n\n" + table)).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        Assert.Equal("Requires improvement", ratings["1.1"]);
        Assert.Equal("Good", ratings["1.3"]);
        Assert.Equal("Inadequate", ratings["2.3"]);
        Assert.Equal("Good", ratings["3.1"]);
        Assert.Equal("Outstanding", ratings["3.3"]);
    }

    [Fact]
    public void Extract_RatingCardsSideBySide_ReadsEachCardsLabelAndGrade()
    {
        // Given 2025-framework rating cards, three to a row, labels and grades wrapped inside each card, a title over
        // the second row of cards and a lone card under a heading of its own
        var cards = string.Join("\n",
            "Overall rating",
            "Requires improvement",
            "",
            "Organisational delivery",
            "",
            " Leadership and          Partnerships and        Appropriate Adult",
            " governance              services                arrangements",
            " Requires                Good                    Good",
            " improvement",
            "",
            "Work with children",
            "",
            " Court disposals         Out-of-court and        Resettlement",
            "                         diversion work",
            " Requires                                        Inadequate",
            " improvement             Good",
            "",
            "Work with victims",
            "",
            "Victims",
            "",
            "Good");
        var text = "An inspection of youth justice services in Wigan\nHM Inspectorate of Probation\nJune 2025\n\nRatings\n\n" + cards + "\n";

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        // Then each card gives its own standard its own grade, and nothing else is read as a standard
        Assert.Equal(new Dictionary<string, string>
        {
            ["overall"] = "Requires improvement",
            ["leadership-and-governance"] = "Requires improvement",
            ["partnerships-and-services"] = "Good",
            ["appropriate-adult-arrangements"] = "Good",
            ["court-disposals"] = "Requires improvement",
            ["out-of-court-and-diversion-work"] = "Good",
            ["resettlement"] = "Inadequate",
            ["victims"] = "Good",
        }, ratings);
    }

    [Fact]
    public void Extract_TableUnderAHeaderRow_IsNotReadAsCards()
    {
        // Given a table whose first row heads its columns: it reads across, not down
        var table = string.Join("\n",
            " Judgement                                   Grade",
            " Overall effectiveness                       Good",
            " The quality of education                    Requires improvement",
            " Behaviour and attitudes                     Good");
        var text = "Inspection of Ashgrove Primary School\nOfsted\nInspection dates: 4 and 5 March 2020\n\n" + table + "\n";

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        // Then each row gives its own grade, and the header row is no label
        Assert.Equal("Good", ratings["overall"]);
        Assert.Equal("Requires improvement", ratings["quality-of-education"]);
        Assert.Equal("Good", ratings["behaviour-and-attitudes"]);
        Assert.Equal(3, ratings.Count);
    }

    [Fact]
    public void Extract_PreviousInspectionGradeDatedInProse_IsOneRatingWithItsYear()
    {
        // Given a school's table with its previous grade, and a sentence that dates that inspection
        var text = string.Join("\n",
            "Inspection of Ashgrove Primary School",
            "Ofsted",
            "Inspection dates: 4 and 5 November 2019",
            "",
            " Overall effectiveness                       Good",
            " The quality of education                    Good",
            " Previous inspection grade                   Requires improvement",
            "",
            "At the previous inspection, in January 2017, the school was judged to require improvement.");

        // When it is extracted
        var previous = Extract.FromText(text).Ratings.Where(r => r.Value == "Requires improvement").ToList();

        // Then the previous grade is one rating, dated by the sentence
        var rating = Assert.Single(previous);
        Assert.Equal(("overall", 2017), (rating.Standard, rating.Year));
    }

    [Fact]
    public void Extract_TrackerOfCouncilsWithDatedGrades_GivesEachInspectionItsFrameworkAndYear()
    {
        // Given a news tracker: one row per council, the grade of its previous and of its latest inspection, each
        // dated in brackets, one date wrapped onto the next line; and a sentence recalling the earlier grade
        var text = string.Join("\n",
            "Children's services tracker: Ofsted inspections, January to March",
            "by Sam Reed | 11 April 2019",
            "",
            "Council                Previous full inspection (year)     ILACS overall effectiveness (published)",
            "Wigan                  Requires improvement (2016)         Good (January 2019)",
            "Salford                Inadequate (2016)                   Requires improvement (March",
            "                                                           2019)",
            "",
            "Salford has improved since the last inspection, when services were found to be inadequate.");

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Framework, r.Value, r.Year)).ToList();

        // Then each cell is its inspection's overall grade, under the framework of its year, and the sentence adds nothing
        Assert.Equal(
            [
                ("Wigan", "ofsted-sif", "Requires improvement", (int?)2016),
                ("Wigan", "ofsted-ilacs", "Good", 2019),
                ("Salford", "ofsted-sif", "Inadequate", 2016),
                ("Salford", "ofsted-ilacs", "Requires improvement", 2019),
            ],
            ratings);
    }

    [Fact]
    public void Extract_NumbersLabelsAndGradesEachOnALineOfTheirOwn_PairsThemInOrder()
    {
        // Given a text layer that gives a domain's numbers and labels a line each, then its grades a line each
        var lines = new[] { "1.", "Organisational delivery", "1.1", "Governance and leadership", "1.2", "Staff", "1.3", "Partnerships and services",
            "1.4", "Information and facilities", "Good", "Outstanding", "Requires improvement", "Good" };
        var text = Report(string.Join("\n\n", lines));

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        // Then each standard takes the grade in its place
        Assert.Equal("Good", ratings["1.1"]);
        Assert.Equal("Outstanding", ratings["1.2"]);
        Assert.Equal("Requires improvement", ratings["1.3"]);
        Assert.Equal("Good", ratings["1.4"]);
    }

    [Fact]
    public void Extract_LabelsWrappedOverLinesOfTheirOwn_KeepTheirWholeLabelAndGrade()
    {
        // Given a text layer with each line of a wrapped label on a line of its own, its number above it
        var lines = new[] { "3.3", "Implementation and delivery", "Good", "3.4", "Out-of-court disposal", "policy and", "provision", "Requires improvement",
            "4.1", "Resettlement policy and", "provision", "Good" };
        var text = Report(string.Join("\n", lines));

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => (r.Label, r.Value));

        // Then each label is whole and takes its own grade
        Assert.Equal(("Out-of-court disposal policy and provision", "Requires improvement"), ratings["3.4"]);
        Assert.Equal(("Resettlement policy and provision", "Good"), ratings["4.1"]);
    }

    [Fact]
    public void Extract_LabelAndGradeWrappedTogether_ReadsBothWhole()
    {
        // Given a judgement table whose label and grade wrap onto the same next line
        var table = string.Join("\n",
            "      The experiences and progress of children in care and        Requires improvement",
            "      care leavers                                                to be good",
            "      Overall effectiveness                                       Good");
        var text = "Report to scrutiny committee: Ofsted inspection of children's services\nPublished 3 March 2023\n\nEastfield Council\n\n" + table + "\n";

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        // Then the standard is the one the whole label names
        Assert.Equal("Requires improvement", ratings["children-in-care-and-care-leavers"]);
        Assert.Equal("Good", ratings["overall"]);
    }

    [Fact]
    public void Extract_ListOfLabelDashGradeLinesUnderTheNewFramework_TakesLabelsAsPrinted()
    {
        // Given a 2025-framework release listing its areas a line each, under names no catalogue holds
        var text = string.Join("\n\n",
            "Wigan Youth Justice Service rated 'Good' under new inspection framework",
            "HM Inspectorate of Probation",
            "Published 10 September 2025",
            "Organisational delivery – Good",
            "Work with children in court – Good",
            "Keeping children and others safe – Requires improvement",
            "Inadequate: No areas");

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        // Then each line's label is its standard as printed, and "no areas" is none
        Assert.Equal("Good", ratings["work-with-children-in-court"]);
        Assert.Equal("Requires improvement", ratings["keeping-children-and-others-safe"]);
        Assert.DoesNotContain("no-areas", ratings.Keys);
    }

    [Fact]
    public void Extract_RoundUpOfAJointServiceNamingItsCouncils_GivesTheJointServiceItsGrades()
    {
        // Given a round-up item on a joint service that lists the councils it covers, then its grades a line each
        var text = string.Join("\n",
            "Youth justice bulletin",
            "Posted 14 July 2016",
            "",
            "West Mercia Youth Offending Service - which covers Herefordshire, Shropshire, Telford and Wrekin, and Worcestershire - was inspected. The full joint inspection rated:",
            "  - Reducing reoffending ............ Satisfactory",
            "  - Protecting the public ........... Unsatisfactory",
            "  - Court work and reports ........... Good");

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the joint service owns every grade, and its councils are no areas of their own
        Assert.Equal(["West Mercia"], record.Areas);
        Assert.Equal(3, record.Ratings.Count(r => r.Area == "West Mercia"));
    }

    [Fact]
    public void Extract_DomainNamedBeforeLabelColonPairsAndAGradeHyphenatedOverTwoLines_AreRead()
    {
        var text = Report(string.Join("\n",
            "Out-of-court disposals - assessment: Good; planning: Requires improvement; implementation and delivery: Good",
            "",
            "1.4 Information and facilities                              Outstand-",
            "                                                            ing"));

        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        Assert.Equal("Good", ratings["3.1"]);
        Assert.Equal("Requires improvement", ratings["3.2"]);
        Assert.Equal("Outstanding", ratings["1.4"]);
        Assert.DoesNotContain("2.1", ratings.Keys);
    }

    [Fact]
    public void Extract_TableScrapedIntoOneLine_IsReadRowByRow()
    {
        // Given a ratings page whose text layer ran the whole table into one line
        var text = "Inspection of youth offending services: Eastfield\n\nDate of publication: 8 March 2022\n\n"
            + "RatingsWest Mercia Youth Justice ServiceScore29/36Overall ratingGood1.Organisational delivery1.1Governance and leadershipGood"
            + "1.2StaffOutstanding1.3Partnerships and servicesGood1.4Information and facilitiesGood2.Court disposals2.1AssessmentGood"
            + "2.2PlanningOutstanding2.3Implementation and deliveryGood2.4ReviewingGood3.Out-of-court disposals3.1AssessmentOutstanding"
            + "3.2PlanningOutstanding3.3Implementation and deliveryGood3.4Out-of-court disposal policy and provisionOutstanding"
            + "4.Resettlement1.4.1Resettlement policy and provisionGood1The rating for resettlement policy and provision does not contribute to the overall score.\n";

        // When it is extracted
        var record = Extract.FromText(text);

        // Then every standard is read in the scored framework, and the score with it
        var ratings = record.Ratings.Where(r => r.Standard != "overall").ToDictionary(r => r.Standard!, r => (r.Framework, r.Value));
        Assert.Equal(13, ratings.Count);
        Assert.All(ratings.Values, r => Assert.Equal("hmip-youth-2018", r.Framework));
        Assert.Equal("Outstanding", ratings["3.4"].Value);
        Assert.Equal("Good", ratings["4.1"].Value);
        Assert.Equal((29, 36), (record.Score, record.ScoreMax));
    }

    [Fact]
    public void Extract_TableWithPointsColumnAndWrappedLabel_ReadsEveryRow()
    {
        // Given a committee paper's table with a points column, and a label wrapped beside its grade
        var text = """
            Youth Justice Service inspection: report to scrutiny committee
            Published 14 November 2022

            HM Inspectorate of Probation inspected Derbyshire Youth Offending Service.

                  Standard                                      Rating                  Points
                  1.1  Governance and leadership                Outstanding             3
                  2.4  Reviewing (court)                        Requires improvement    1
                  3.4  Out-of-court disposal policy and
                       provision                                Good                    2
                  Total                                                                 26/36
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.ToDictionary(r => r.Standard!, r => r.Value);

        // Then the points are no grade and the wrapped row keeps its grade
        Assert.Equal("Outstanding", ratings["1.1"]);
        Assert.Equal("Requires improvement", ratings["2.4"]);
        Assert.Equal("Good", ratings["3.4"]);
    }

    [Fact]
    public void Extract_LabelColonGradePairsAfterAName_AreRowsOfThatArea()
    {
        // Given a trade-press clinic: a sentence grading one judgement inside an overall grade, and a summary line
        var text = """
            Inspections Clinic: strong leadership lifts Wigan to ‘good’
            Published 20 November 2019

            Wigan’s children’s services have been rated “good” overall by Ofsted, with the impact of leaders on social work practice judged “outstanding”.

            Wigan – overall effectiveness: good; impact of leaders: outstanding; help and protection: good; children in care and care leavers: good
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Standard, r.Value)).ToHashSet();

        // Then each pair is a standard's grade, and the overall grade stays Good
        Assert.Equal(
            new HashSet<(string, string?, string)>
            {
                ("Wigan", "overall", "Good"),
                ("Wigan", "impact-of-leaders", "Outstanding"),
                ("Wigan", "help-and-protection", "Good"),
                ("Wigan", "children-in-care-and-care-leavers", "Good"),
            },
            ratings);
    }

    [Fact]
    public void Extract_HeadingGivingANamedSchoolItsGrade_IsThatSchoolsOverallGrade()
    {
        // Given a news story on several schools, each under a heading with its grade
        var text = """
            Ofsted results for Doncaster schools
            Published 3 July 2023

            Sprotbrough Meadows Primary School – Outstanding
            Sprotbrough Meadows Primary School was rated outstanding in every area.

            Bentley Park Infant School – still Good
            Bentley Park Infant School received an ungraded inspection, and the report confirms that it continues to be a good school.
            """;

        // When it is extracted
        var ratings = Extract.FromText(text).Ratings.Select(r => (r.Area, r.Standard, r.Value)).ToHashSet();

        // Then each school has its grade
        Assert.Contains(("Bentley Park Infant School", "overall", "Good"), ratings);
        Assert.Contains(("Sprotbrough Meadows Primary School", "overall", "Outstanding"), ratings);
    }
}
