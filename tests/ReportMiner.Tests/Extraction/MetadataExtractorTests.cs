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
    public void Extract_PressReleaseCues_GiveKindPressRelease()
    {
        var text = "Good work in Bury, said the Chief Inspector of Probation. Today he published the report.\n\nENDS\n\nNOTES TO EDITORS\n\n1. The report is available online.";

        Assert.Equal("press-release", Extract.FromText(text).Kind);
    }
}
