using ReportMiner.Cli.Input;

namespace ReportMiner.Tests.Cli;

/// <summary><c>extract --shard K/N</c> and <c>reportminer merge</c>.</summary>
public sealed class MergeCommandTests
{
    [Fact]
    public async Task ShardThenMerge_ThreeShards_EqualsTheUnshardedOutput()
    {
        // Given a mixed folder extracted whole
        using var input = new TempFolder();
        using var work = new TempFolder();
        MixedCorpus.WriteGood(input);
        MixedCorpus.WriteBad(input);
        input.Write("more/one.txt", "Another note.\n");
        input.Write("more/two.txt", MixedCorpus.RatingsReport.Replace("Salford", "Medway", StringComparison.Ordinal));
        await CliRun.RunAsync(["extract", input.Path, "--out", work["whole"], "--format", "all", "--no-cache", "--quiet"]);

        // When it is extracted as three shards and the shards merged
        var shardSizes = new List<int>();
        for (var k = 1; k <= 3; k++)
        {
            var shard = await CliRun.RunAsync(["extract", input.Path, "--out", work[$"shard{k}"], "--format", "all", "--shard", $"{k}/3", "--no-cache"]);
            shardSizes.Add(int.Parse(shard.Stderr.Split("shard ")[1].Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        }

        var merge = await CliRun.RunAsync(["merge", work["merged"], work["shard1"], work["shard2"], work["shard3"]]);

        // Then every input was in one shard, and the merged folder has exactly the bytes of the unsharded one
        Assert.Equal(1, merge.ExitCode);
        Assert.Equal(12, shardSizes.Sum());
        ExtractCacheTests.AssertSameFiles(TempFolder.Snapshot(work["whole"]), TempFolder.Snapshot(work["merged"]));
    }

    [Fact]
    public async Task Merge_OutputIsAnInputOrMissingFolder_ExitsWith2()
    {
        using var work = new TempFolder();
        Directory.CreateDirectory(work["a"]);

        var same = await CliRun.RunAsync(["merge", work["a"], work["a"]]);
        var missing = await CliRun.RunAsync(["merge", work["out"], work["nope"]]);
        var empty = await CliRun.RunAsync(["merge", work["out"], work["a"]]);

        Assert.Equal((2, 2, 2), (same.ExitCode, missing.ExitCode, empty.ExitCode));
    }

    [Fact]
    public void ShardSpec_ManyPaths_PutsEachInExactlyOneShardStably()
    {
        // Given paths relative to their roots
        var files = Enumerable.Range(0, 500).Select(i => new InputFile($"/data/run/reports/r{i}.pdf", $"reports/r{i}.pdf")).ToList();
        var shards = Enumerable.Range(1, 4).Select(k => ShardSpec.TryParse($"{k}/4", out var s) ? s! : throw new InvalidOperationException()).ToList();

        // When each shard takes its files
        var taken = shards.Select(s => files.Where(s.Contains).ToList()).ToList();

        // Then every file is in exactly one shard, shards are roughly equal, and the same key always goes to the same shard
        Assert.Equal(files.Count, taken.Sum(t => t.Count));
        Assert.Equal(files.Count, taken.SelectMany(t => t).Distinct().Count());
        Assert.All(taken, t => Assert.InRange(t.Count, 80, 170));
        Assert.Equal(ShardSpec.Of("reports/r7.pdf", 4), ShardSpec.Of("reports/r7.pdf", 4));
        Assert.True(shards[ShardSpec.Of("reports/r7.pdf", 4)].Contains(new InputFile("/elsewhere/reports/r7.pdf", "reports/r7.pdf")));
    }
}
