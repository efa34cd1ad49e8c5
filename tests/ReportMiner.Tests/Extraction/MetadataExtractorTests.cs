namespace ReportMiner.Tests.Extraction;

public sealed class MetadataExtractorTests
{
    [Theory]
    [InlineData("Publication date:\t22nd January 2014", 2014, 1, 22)]
    [InlineData("Published: 5 October 2023", 2023, 10, 5)]
    [InlineData("Wednesday, June 1, 2022", 2022, 6, 1)]
    [InlineData("The report is available at www.example.gov.uk/hmiprobation (PDF, 804 kB) from 10 June 2015.", 2015, 6, 10)]
    public void Extract_StatedPublicationDate_IsRead(string line, int year, int month, int day)
    {
        var record = Extract.FromText("A report by HM Inspectorate of Probation\n\n" + line + "\n\nSome findings followed.");

        Assert.Equal(new DateOnly(year, month, day), record.Published);
    }

    [Fact]
    public void Extract_InspectionDatesOnly_GiveNoPublicationDate()
    {
        var record = Extract.FromText("The inspection took place from 16th-18th December 2013. We met staff on 17 December 2013.");

        Assert.Null(record.Published);
    }

    [Theory]
    [InlineData("HM Inspectorate of Probation inspected the service. Ofsted took part.", "HMI Probation")]
    [InlineData("Ofsted inspected children's services in Leeds. HM Inspectorate of Probation was not involved.", "Ofsted")]
    [InlineData("The Care Quality Commission (CQC) inspected the practice.", "CQC")]
    [InlineData("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected the force.", "HMICFRS")]
    [InlineData("A note on the weather.", null)]
    public void Extract_Inspectorate_IsTheBodyNamedFirstAndMost(string text, string? expected)
    {
        Assert.Equal(expected, Extract.FromText(text).Inspectorate);
    }

    [Fact]
    public void Extract_PageUnderAPressReleasesBreadcrumb_IsAPressRelease()
    {
        var text = "Home > HM Inspectorate of Probation > News > Press releases\n\nLast London youth offending inspections published\nPublished 23 February 2012\n\nInspectors examined cases in Greenwich and found that work was done well enough 78% of the time.";

        Assert.Equal("press-release", Extract.FromText(text).Kind);
    }

    [Fact]
    public void Extract_PressReleaseCues_GiveKindPressRelease()
    {
        var text = "Good work in Bury, said the Chief Inspector of Probation. Today he published the report.\n\nENDS\n\nNOTES TO EDITORS\n\n1. The report is available online.";

        Assert.Equal("press-release", Extract.FromText(text).Kind);
    }

    [Fact]
    public void Extract_CarePageNamingItsInspectorateOnlyInChrome_IsReadAsCiwWithTheHomeAsProvider()
    {
        // Given a care home's page whose inspectorate is named only in the site header (dropped as chrome), and whose
        // name has no provider noun
        var html = """
            <html><head><title>Plas Eryri | Inspection report</title></head><body>
            <header><p>Care Inspectorate Wales</p></header>
            <main>
            <h1>Plas Eryri</h1>
            <p>Care home service · Colwyn Bay, Conwy</p>
            <p>Date of publication: 5 August 2025. This report is also available in Welsh.</p>
            <p>We rate services on four themes: Well-being, Care and support, Environment, and Leadership and management.</p>
            <table><tr><td>Well-being</td><td>Good</td></tr><tr><td>Care and support</td><td>Excellent</td></tr></table>
            </main></body></html>
            """;

        // When it is extracted
        var record = Extract.FromText(html, "page.html");

        // Then the themes' wording names the inspectorate, and the page title names the provider rated
        Assert.Equal("Care Inspectorate Wales", record.Inspectorate);
        Assert.Equal(["Plas Eryri"], record.Areas);
        Assert.Contains(record.Ratings, r => r is { Area: "Plas Eryri", Framework: "ciw", Standard: "care-and-support", Value: "Excellent" });
    }

    [Fact]
    public void Extract_WelshSchoolNameWithArticle_IsWhole()
    {
        var text = """
            A report on

            Ysgol Gynradd Maes y Coed
            Heol y Bont
            Pontypridd

            Date of inspection: May 2019

            Standards                          Good
            """;

        var record = Extract.FromText(text);

        Assert.Equal(["Ysgol Gynradd Maes y Coed"], record.Areas);
    }

    [Fact]
    public void Extract_JointServiceNamingItsCouncilsUnderAnOfficeAddress_IsOneArea()
    {
        // Given a letter on a joint service, from an office whose address names another place, that compares the
        // councils it serves
        var text = """
            HM Inspectorate of Probation
            1st Floor, Civil Justice Centre, 1 Bridge Street West, Manchester M3 3FX

            Short Quality Screening of youth offending work in Middlesbrough and Redcar and Cleveland: South Tees Youth Offending Service

            1.1 We carried out the screening in South Tees Youth Offending Service in May 2016.

            3.2 Planning was sufficient in 15 of the 20 cases. Plans in the Middlesbrough team were stronger than those in Redcar and Cleveland.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the joint service is the one area, and owns the findings about its councils
        Assert.Equal(["South Tees"], record.Areas);
        Assert.All(record.CaseRatios, r => Assert.Equal("South Tees", r.Area));
    }

    [Fact]
    public void Extract_TableOfServicesWithNamesAndGradesWrapped_RatesEachServiceByItsPlace()
    {
        // Given an annual report's table whose service names and grades wrap onto a second line
        var text = """
            HM Inspectorate of Probation annual report on youth justice services

            Table 2: Inspections published this year

            Service                              Published   Score   Overall rating
            Tower Hamlets and City of London     Mar 2023    9/36    Requires
            Youth Justice Service                                    improvement
            Medway Youth Justice                 Apr 2023    27/36   Good
            Service
            Rochdale Youth Justice Service       May 2023    30/36   Outstanding
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then each service is rated under its place's name, and no piece of a name or grade becomes a place
        Assert.Equal(["Medway", "Rochdale", "Tower Hamlets and City of London"], record.Areas.Order(StringComparer.Ordinal));
        Assert.Contains(record.Ratings, r => r is { Area: "Tower Hamlets and City of London", Standard: "overall", Value: "Requires improvement" });
        Assert.Contains(record.Ratings, r => r is { Area: "Medway", Standard: "overall", Value: "Good" });
    }

    [Fact]
    public void Extract_CouncilPaperOnOfstedComparingManyNeighbours_RatesTheCouncilNotItsYouthJointService()
    {
        // Given a council's paper on its Ofsted inspection, naming the joint youth justice service it belongs to and
        // comparing itself with a table of neighbours
        var text = """
            SHROPSHIRE COUNCIL

            CABINET, 12 March 2024: OFSTED INSPECTION OF CHILDREN'S SERVICES

            3.1 Ofsted judged the overall effectiveness of children's services in Shropshire to be good.

            3.2 The judgements were as follows:

                Judgement                                                       Grade
                The experiences and progress of children in care                Outstanding
                Overall effectiveness                                           Good

            4.1 Our statistical neighbours' latest judgements:

                Authority                  Date of inspection    Overall effectiveness
                Wakefield                  July 2023             Good
                Rotherham                  January 2022          Good
                Dudley                     March 2022            Requires improvement to be good
                Barnsley                   October 2023          Good

            5.1 Cross-border arrangements with Herefordshire Council and Staffordshire County Council continue.

            5.2 Youth justice services are provided by the West Mercia Youth Justice Service; they were not inspected.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the council's own table is the council's, not the joint youth service's of which it is a member
        Assert.Contains(record.Ratings, r => r is { Area: "Shropshire", Standard: "children-in-care", Value: "Outstanding" });
        Assert.DoesNotContain("West Mercia", record.Areas);
        Assert.Contains(record.Ratings, r => r is { Area: "Dudley", Standard: "overall", Value: "Requires improvement" });
    }

    [Fact]
    public void Extract_StoryWithProvidersNamedInCapitalHeadings_GivesEachItsGrades()
    {
        // Given a local paper's story whose sections are headed by schools named in capitals
        var text = """
            EASTWICH EVENING ECHO
            Thursday 18 April 2024

            How the town's schools fared with Ofsted

            OAKFIELD PRIMARY SCHOOL - GOOD
            Oakfield is now a good school. Inspectors rated behaviour and attitudes outstanding, and the quality of education good.

            ST MARY'S CHURCH OF ENGLAND ACADEMY - REQUIRES IMPROVEMENT
            The quality of education was judged to require improvement.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then each school, in title case, owns the grades under its heading, and the paper's name is no provider
        Assert.Contains(record.Ratings, r => r is { Area: "Oakfield Primary School", Framework: "ofsted-schools", Standard: "behaviour-and-attitudes", Value: "Outstanding" });
        Assert.Contains(record.Ratings, r => r is { Area: "St Mary's Church of England Academy", Standard: "quality-of-education", Value: "Requires improvement" });
        Assert.DoesNotContain(record.Areas, a => a.Contains("ECHO", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_ScrutinyPaperNamingItsCouncilOftenAndManyOthersOnce_IsItsCouncils()
    {
        // Given a scrutiny paper without its council in the title, on "the inspection of" that council, with partners,
        // a forum named "… Council" and a table of neighbours
        var text = """
            Title of report: Ofsted Inspection of Local Authority Children's Services - Outcome

            Purpose
            To inform the committee of the outcome of the Ofsted inspection of Rutland County Council's children's services.

            2. Before that, the standard inspection in 2018 had judged services as requires improvement to be good. Rutland's
            services have improved since.

            4. Overall effectiveness is now judged good. The judgements are:

               The experiences and progress of children in care - outstanding
               The experiences and progress of care leavers - good

            5. Rutland's Children in Care Council presented to the board. Rutland's social workers know their children well.

            6. Cross-border work continues with Leicestershire County Council and Lincolnshire County Council.

               Authority              Latest judgement       Year
               Peterborough           Good                   2022
               Cambridgeshire         Good                   2023
               Northamptonshire       Inadequate             2019
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the judgements are the council's, the earlier grade has its year, and the forum is no place
        Assert.Contains(record.Ratings, r => r is { Area: "Rutland", Standard: "children-in-care", Value: "Outstanding" });
        Assert.Contains(record.Ratings, r => r is { Area: "Rutland", Standard: "overall", Value: "Requires improvement", Year: 2018 });
        Assert.DoesNotContain(record.Areas, a => a.StartsWith("Children", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ServiceNamedThenByItsInitials_IsOneArea()
    {
        // Given a CRC the gazetteer does not know, named in full once and then by its initials
        var text = """
            An inspection of probation services in
            Northmoor Fen Valley Community Rehabilitation Company
            HM Inspectorate of Probation
            March 2019

            We have inspected and rated Northmoor Fen Valley Community Rehabilitation Company (NFV CRC).

            Overall, NFV CRC was rated ‘Requires improvement’.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the initials are the same area as the full name
        Assert.Equal(["Northmoor Fen Valley"], record.Areas);
        Assert.Contains(record.Ratings, r => r is { Area: "Northmoor Fen Valley", Standard: "overall", Value: "Requires improvement" });
    }

    [Fact]
    public void Extract_PressReleaseNotesToEditorsAndWiderPlaces_DoNotDecideTheArea()
    {
        // Given a release on a CRC working across "Greater Manchester", whose notes name another division
        var text = """
            PRESS RELEASE
            11 April 2019

            Probation company in Cheshire and Greater Manchester must improve case supervision

            Cheshire and Greater Manchester Community Rehabilitation Company (CRC) has been rated ‘Requires improvement’ by HM Inspectorate of Probation.

            The CRC supervises offenders across Cheshire, Warrington, Halton and the ten boroughs of Greater Manchester.

            Leadership: Good
            The CRC's senior managers had a clear vision.

            ENDS

            Notes to editors
            1. The National Probation Service North West division will be inspected later in 2019.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the CRC is the one area, and owns the grade under its heading
        Assert.Equal(["Cheshire and Greater Manchester"], record.Areas);
        Assert.Contains(record.Ratings, r => r.Standard == "1.1" && r.Value == "Good" && r.Area == "Cheshire and Greater Manchester");
    }

    [Fact]
    public void Extract_ReleaseTitledNewsRelease_HasNoProviderOfThatName()
    {
        // Given a Welsh joint inspection release whose first heading is "NEWS RELEASE"
        var text = """
            NEWS RELEASE
            9 February 2022

            Care Inspectorate Wales has published its joint inspection of child protection arrangements in Cardiff. In nine of the eleven tracked cases, the plan was reviewed on time.
            """;

        // When it is extracted
        var record = Extract.FromText(text);

        // Then the finding is Cardiff's and the heading names no area
        Assert.Equal(["Cardiff"], record.Areas);
    }
}
