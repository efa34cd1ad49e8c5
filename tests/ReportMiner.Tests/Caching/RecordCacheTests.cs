using System.Text;
using ReportMiner.Caching;
using ReportMiner.Export.JsonLines;
using ReportMiner.Tests.Cli;
using ReportMiner.Tests.Export;

namespace ReportMiner.Tests.Caching;

/// <summary><see cref="RecordCache"/> and <see cref="CachedExtraction"/>.</summary>
public sealed class RecordCacheTests
{
    private const string Version = "test/r1/rules";

    [Fact]
    public void TryGet_StoredRecord_ComesBackIdenticalUnderTheNewSource()
    {
        // Given a record stored under a content hash
        using var folder = new TempFolder();
        var cache = RecordCache.Open(folder.Path, Version);
        var hash = RecordCache.HashOf("content"u8);
        Assert.True(cache.Put(hash, SampleRecords.Full("old/place.pdf")));

        // When it is looked up for a file with the same bytes elsewhere
        var record = cache.TryGet(hash, "new/place.pdf");

        // Then it is the same record, with the new source
        Assert.NotNull(record);
        Assert.Equal(RecordJson.Serialize(SampleRecords.Full("new/place.pdf"), includeSpans: true), RecordJson.Serialize(record, includeSpans: true));
        Assert.Equal((1L, 0L, 1L), (cache.Hits, cache.Misses, cache.Stored));
    }

    [Fact]
    public void TryGet_OtherVersionOtherExtensionOrDamagedEntry_IsAMiss()
    {
        using var folder = new TempFolder();
        var cache = RecordCache.Open(folder.Path, Version);
        var hash = RecordCache.HashOf("content"u8);
        cache.Put(hash, SampleRecords.Full("a.txt"));

        Assert.Null(RecordCache.Open(folder.Path, "test/r2/rules").TryGet(hash, "a.txt"));
        Assert.Null(cache.TryGet(hash, "a.html"));
        Assert.Null(cache.TryGet(RecordCache.HashOf("other"u8), "a.txt"));
        var entry = Directory.EnumerateFiles(folder.Path, hash + ".jsonl", SearchOption.AllDirectories).Single();
        File.WriteAllText(entry, "{\"sha256\": \"" + hash + "\", \"extr");
        Assert.Null(cache.TryGet(hash, "a.txt"));
    }

    [Fact]
    public async Task ExtractAllAsync_SecondPass_ServesRecordsFromTheCacheAndRetriesFailures()
    {
        // Given two documents, one unreadable
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", MixedCorpus.RatingsReport);
        var bad = folder.Write("bad.txt", Encoding.UTF8.GetBytes(string.Empty));
        var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = false });
        var cache = RecordCache.Open(folder["cache"], ExtractorVersion.For(extractor.Options));

        // When they are extracted twice through the cache
        var first = await Collect(extractor.ExtractAllAsync([bad, good], cache));
        var second = await Collect(extractor.ExtractAllAsync([bad, good], cache));

        // Then the record is stored once and served once, the failure tried both times, the results the same
        Assert.Equal((1L, 1L), (cache.Stored, cache.Hits));
        Assert.Equal([bad, good], second.Select(r => r.Source));
        Assert.False(second[0].Succeeded);
        Assert.Equal(first[0].Failure, second[0].Failure);
        Assert.Equal(RecordJson.Serialize(first[1].Record!, includeSpans: true), RecordJson.Serialize(second[1].Record!, includeSpans: true));
    }

    [Fact]
    public void For_Options_NamesAssemblyRevisionAndClassifiers()
    {
        var rules = ExtractorVersion.For(ReportExtractorOptions.Default with { UseClassifiers = false });
        var classifiers = ExtractorVersion.For(ReportExtractorOptions.Default);

        Assert.StartsWith(ExtractorVersion.Assembly + "/r" + ExtractorVersion.ExtractionRevision, rules, StringComparison.Ordinal);
        Assert.NotEqual(rules, classifiers);
    }

    private static async Task<List<ExtractionResult>> Collect(IAsyncEnumerable<ExtractionResult> results)
    {
        var list = new List<ExtractionResult>();
        await foreach (var r in results)
        {
            list.Add(r);
        }

        return list;
    }
}
