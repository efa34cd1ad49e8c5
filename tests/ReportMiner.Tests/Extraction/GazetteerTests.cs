using ReportMiner.Extraction.Areas;

namespace ReportMiner.Tests.Extraction;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("SHEFFIELD PDU - overall rating: Requires improvement", "Sheffield", 0, 9)]
    [InlineData("Notes: STOKE-ON-TRENT YOT was inspected.", "Stoke-on-Trent", 7, 14)]
    [InlineData("Ratings for TOWER HAMLETS AND CITY OF LONDON", "Tower Hamlets and City of London", 12, 32)]
    public void FindMentions_NamesPrintedInCapitals_AreFoundAtTheirPlace(string text, string area, int start, int length)
    {
        var mention = Assert.Single(Gazetteer.Default.FindMentions(text));

        Assert.Equal((area, start, length), (mention.Entry.Name, mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("NE Lincolnshire", "North East Lincolnshire")]
    [InlineData("Merthyr", "Merthyr Tydfil")]
    [InlineData("Hull", "Kingston upon Hull")]
    [InlineData("B&NES", "Bath and North East Somerset")]
    public void Find_ShortNamesReportsUse_GiveThePlainName(string name, string plain)
    {
        Assert.Equal(plain, Gazetteer.Default.Find(name)?.Name);
    }

    [Theory]
    [InlineData("City of Wolverhampton", "Wolverhampton")]
    [InlineData("the London Borough of Hackney", "Hackney")]
    [InlineData("Herefordshire Council", "Herefordshire")]
    [InlineData("Sefton Metropolitan Borough Council", "Sefton")]
    [InlineData("City of London", "City of London")]
    public void Find_CouncilNamedInItsAdministrativeStyle_GivesThePlainName(string name, string plain)
    {
        Assert.Equal(plain, Gazetteer.Default.Find(name)?.Name);
    }

    [Theory]
    [InlineData("City of Nowhere")]
    [InlineData("Borough of Wiltshire Police")]
    public void Find_AdministrativeStyleAroundNoKnownCouncil_FindsNothing(string name)
    {
        Assert.Null(Gazetteer.Default.Find(name));
    }

    [Fact]
    public void Entries_JointServices_KnowTheirCouncils()
    {
        var southTees = Gazetteer.Default.Find("South Tees");

        Assert.Equal(["Middlesbrough", "Redcar and Cleveland"], southTees?.Members);
        Assert.All(southTees!.Members, m => Assert.NotNull(Gazetteer.Default.Find(m)));
        Assert.Equal("South Tees", Gazetteer.Default.JointServiceOf("Redcar and Cleveland")?.Name);
        Assert.Null(Gazetteer.Default.JointServiceOf("Wigan"));
    }

    [Fact]
    public void FindMentions_WiderPlaceEndingWithACouncilsName_IsNotThatCouncil()
    {
        var names = Gazetteer.Default.FindMentions("across Warrington and the ten boroughs of Greater Manchester").Select(m => m.Entry.Name);

        Assert.Equal(["Warrington"], names);
    }
}
