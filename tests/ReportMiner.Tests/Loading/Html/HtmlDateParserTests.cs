using ReportMiner.Loading.Html;

namespace ReportMiner.Tests.Loading.Html;

public class HtmlDateParserTests
{
    [Theory]
    [InlineData("2015-06-10")]
    [InlineData("2015-06-10T00:01:00.000+01:00")]
    [InlineData("2015-06-10T09:30:00Z")]
    [InlineData("2015-06-10 09:30")]
    [InlineData("10 June 2015")]
    [InlineData("10 Jun 2015")]
    [InlineData("Wednesday 10 June 2015")]
    [InlineData("Wed, 10th June 2015")]
    [InlineData("June 10, 2015")]
    [InlineData("10/06/2015")]
    [InlineData("2015/06/10")]
    [InlineData("20150610")]
    [InlineData("  10   June   2015 ")]
    public void TryParse_CommonForms_Reads10June2015(string text)
    {
        // Given a date as pages write it

        // When
        var ok = HtmlDateParser.TryParse(text, out var date);

        // Then
        Assert.True(ok);
        Assert.Equal(new DateOnly(2015, 6, 10), date);
    }

    [Fact]
    public void TryParse_SeptAbbreviation_Reads()
    {
        // Given
        const string text = "3 Sept 2013";

        // When
        var ok = HtmlDateParser.TryParse(text, out var date);

        // Then
        Assert.True(ok);
        Assert.Equal(new DateOnly(2013, 9, 3), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2015-13-40")]
    [InlineData("0001-01-01")]
    [InlineData("Published")]
    public void TryParse_NotADate_False(string? text)
    {
        // Given text that is not a publication date

        // When
        var ok = HtmlDateParser.TryParse(text, out _);

        // Then
        Assert.False(ok);
    }
}
