namespace ReportMiner.Tests.Cli;

/// <summary>Incremental re-runs: <c>extract</c> with its record cache.</summary>
public sealed class ExtractCacheTests
{
    [Fact]
    public async Task Extract_SecondRun_ReadsEveryRecordFromTheCacheWithIdenticalOutput()
    {
        // Given a mixed folder extracted once into an output folder (the cache goes inside it)
        using var input = new TempFolder();
        using var output = new TempFolder();
        using var fresh = new TempFolder();
        var good = MixedCorpus.WriteGood(input);
        MixedCorpus.WriteBad(input);
        var args = new[] { "extract", input.Path, "--out", output.Path, "--format", "all", "--spans" };
        var first = await CliRun.RunAsync(args);
        var before = TempFolder.Snapshot(output.Path);

        // When it is extracted again, and once more without the cache
        var second = await CliRun.RunAsync(args);
        var uncached = await CliRun.RunAsync(["extract", input.Path, "--out", fresh.Path, "--format", "all", "--spans", "--no-cache"]);

        // Then the first run stored every record, the second read every one from the cache (failures are tried again),
        // and all three wrote the same bytes
        Assert.Contains($"cache: 0 from cache, {good.Count} extracted and stored", first.Stderr, StringComparison.Ordinal);
        Assert.Contains($"cache: {good.Count} from cache, 0 extracted and stored", second.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("cache:", uncached.Stderr, StringComparison.Ordinal);
        Assert.True(Directory.Exists(output[".reportminer-cache"]));
        AssertSameFiles(before, TempFolder.Snapshot(output.Path));
        AssertSameFiles(before, TempFolder.Snapshot(fresh.Path));
    }

    [Fact]
    public async Task Extract_GrownFolderAndMovedFile_ExtractsOnlyNewContentAndUsesTheCurrentPath()
    {
        // Given a folder extracted with a cache folder of its own
        using var input = new TempFolder();
        using var output = new TempFolder();
        using var cache = new TempFolder();
        input.Write("salford.txt", MixedCorpus.RatingsReport);
        input.Write("notes.txt", "A short note about Northbridge.\n");
        await CliRun.RunAsync(["extract", input.Path, "--out", output.Path, "--cache", cache.Path]);

        // When a file is added and another renamed, and the folder is extracted again
        input.Write("medway.html", MixedCorpus.HtmlReport);
        File.Move(input["salford.txt"], input["renamed.txt"]);
        var run = await CliRun.RunAsync(["extract", input.Path, "--out", output.Path, "--cache", cache.Path]);

        // Then only the new file is extracted, and the renamed one appears under its new name in every table
        Assert.Contains("cache: 2 from cache, 1 extracted and stored", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(input["renamed.txt"], CsvFile.Read(output["documents.csv"]).Column("source"));
        Assert.All(CsvFile.Read(output["ratings.csv"]).Column("source"), s => Assert.Equal(input["renamed.txt"], s));
        Assert.DoesNotContain("salford.txt", File.ReadAllText(output["ratings_wide.csv"]), StringComparison.Ordinal);
    }

    internal static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var name in expected.Keys)
        {
            Assert.True(expected[name].AsSpan().SequenceEqual(actual[name]), $"{name} differs");
        }
    }
}
