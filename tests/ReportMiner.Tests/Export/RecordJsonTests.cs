using ReportMiner.Export.JsonLines;

namespace ReportMiner.Tests.Export;

/// <summary><see cref="RecordJson.Read"/> mirrors <see cref="RecordJson.Write"/>.</summary>
public sealed class RecordJsonTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WrittenRecord_WritesBackTheSameBytes(bool spans)
    {
        // Given a record with every field, written as JSON
        var json = RecordJson.Serialize(SampleRecords.Full(), includeSpans: spans);

        // When it is read and written again
        var again = RecordJson.Serialize(RecordJson.Deserialize(json), includeSpans: spans);

        // Then the bytes are the same
        Assert.Equal(json, again);
    }

    [Fact]
    public void Read_WrittenRecord_KeepsValuesAndSpans()
    {
        var record = RecordJson.Deserialize(RecordJson.Serialize(SampleRecords.Full(), includeSpans: true));

        Assert.Equal(new DateOnly(2024, 3, 12), record.Published);
        Assert.Equal(33.333333333333336, record.CaseRatios[1].Percent);
        Assert.Equal(new Documents.SourceSpan(120, 35, 3), record.Ratings[0].Evidence!.Span);
        Assert.Null(record.Ratings[2].Evidence);
        Assert.Null(record.Quotes[1].Evidence);
        Assert.Equal(6, record.Quotes[0].Evidence!.Span.Page);
        Assert.Equal((20, 36), (record.Score, record.ScoreMax));
        Assert.Equal(2, record.Warnings[0].Page);
    }

    [Fact]
    public async Task Read_ExtractedCorpusDocuments_WritesBackTheSameBytes()
    {
        // Given real records: the sample corpus's text and HTML documents
        var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = false });
        var files = Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Take(12)
            .ToList();
        Assert.NotEmpty(files);
        await foreach (var result in extractor.ExtractAllAsync(files))
        {
            Assert.True(result.Succeeded, result.Failure?.Message);

            // When each is written, read and written again, Then the bytes are the same
            var json = RecordJson.Serialize(result.Record!, includeSpans: true);
            Assert.Equal(json, RecordJson.Serialize(RecordJson.Deserialize(json), includeSpans: true));
        }
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("{\"source\": 3}")]
    [InlineData("not json")]
    public void Deserialize_NotARecord_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => RecordJson.Deserialize(json));
}
