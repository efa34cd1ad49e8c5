using System.Text.Json;

namespace ReportMiner.Tests.Cli;

/// <summary><c>reportminer extract</c> over folders of good and bad documents, as a bulk run meets them.</summary>
public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_MixedFolder_EveryGoodDocumentInDocumentsEveryBadOneInErrors()
    {
        // Given a folder of good PDFs, HTML and text, and bad files of every kind, plus a folder named like a
        // file given through --from-list (it cannot be read as a file)
        using var input = new TempFolder();
        using var output = new TempFolder();
        var good = MixedCorpus.WriteGood(input);
        var bad = MixedCorpus.WriteBad(input);
        Directory.CreateDirectory(input["folder.pdf"]);

        // When they are extracted to a folder
        var run = await CliRun.RunAsync(["extract", input.Path, "--from-list", "-", "--out", output.Path, "--format", "all", "--no-cache"], stdin: input["folder.pdf"] + "\n");

        // Then the exit code says some failed, every good document is in documents, every bad one in errors with its reason
        Assert.Equal(1, run.ExitCode);
        var documents = CsvFile.Read(output["documents.csv"]).Column("source").ToList();
        var errors = CsvFile.Read(output["errors.csv"]);
        Assert.Equal(good.Select(n => input[n]).Order(StringComparer.Ordinal), documents);
        var errorRows = errors.Rows.ToDictionary(r => r[0]);
        foreach (var (name, (stage, type)) in bad)
        {
            Assert.True(errorRows.TryGetValue(input[name], out var row), $"{name} is not in errors.csv");
            Assert.Equal(type, row[1]);
            Assert.Contains(name, row[2], StringComparison.Ordinal);
            Assert.Equal(stage, row[3]);
        }

        Assert.Equal(("DocumentLoadException", "read"), (errorRows[input["folder.pdf"]][1], errorRows[input["folder.pdf"]][3]));

        // And no input is lost or duplicated, in the CSV tables or in JSON Lines
        var all = documents.Concat(errors.Column("source")).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(good.Count + bad.Count + 1, all.Count);
        Assert.Equal(documents, JsonSources(output["records.jsonl"]));
        Assert.Equal(errors.Column("source"), JsonSources(output["errors.jsonl"]));
        Assert.Contains($"{good.Count} documents read, {bad.Count + 1} failed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_Parallel1AndParallel4_WriteTheSameBytes()
    {
        // Given the mixed folder
        using var input = new TempFolder();
        using var serial = new TempFolder();
        using var parallel = new TempFolder();
        MixedCorpus.WriteGood(input);
        MixedCorpus.WriteBad(input);

        // When it is extracted one document at a time and four at a time
        var one = await CliRun.RunAsync(["extract", input.Path, "--out", serial.Path, "--format", "all", "--parallel", "1", "--no-cache", "--quiet"]);
        var four = await CliRun.RunAsync(["extract", input.Path, "--out", parallel.Path, "--format", "all", "--parallel", "4", "--no-cache", "--quiet"]);

        // Then every file has the same bytes
        Assert.Equal((1, 1), (one.ExitCode, four.ExitCode));
        var a = TempFolder.Snapshot(serial.Path);
        var b = TempFolder.Snapshot(parallel.Path);
        Assert.Equal(a.Keys, b.Keys);
        Assert.Contains("ratings_wide.csv", a.Keys);
        foreach (var name in a.Keys)
        {
            Assert.True(a[name].AsSpan().SequenceEqual(b[name]), $"{name} differs between --parallel 1 and --parallel 4");
        }
    }

    [Fact]
    public async Task Extract_CourtAndOutOfCourtAssessment_LandInSeparateWideColumns()
    {
        // Given a report grading court 2.1 "Assessment" and out-of-court 3.1 "Assessment" differently
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("salford.txt", MixedCorpus.RatingsReport);

        // When it is extracted to CSV
        var run = await CliRun.RunAsync(["extract", input.Path, "--out", output.Path, "--no-cache", "--quiet"]);

        // Then ratings_wide has a column per standard, each with its own grade
        Assert.Equal(0, run.ExitCode);
        var wide = CsvFile.Read(output["ratings_wide.csv"]);
        var row = Assert.Single(wide.Rows);
        Assert.Equal("Requires improvement", row[wide.Header.ToList().IndexOf("hmip-youth-2018 2.1")]);
        Assert.Equal("Good", row[wide.Header.ToList().IndexOf("hmip-youth-2018 3.1")]);
    }

    [Fact]
    public async Task Extract_FromListFile_ReadsListedPathsAndReportsMissingOnes()
    {
        // Given a list naming a document, a missing file and a blank line
        using var input = new TempFolder();
        using var output = new TempFolder();
        var doc = input.Write("salford.txt", MixedCorpus.RatingsReport);
        var list = input.Write("list.lst", $"{doc}\r\n\r\n{input["missing.pdf"]}\n");

        // When the list is extracted
        var run = await CliRun.RunAsync(["extract", "--from-list", list, "--out", output.Path, "--no-cache", "--quiet"]);

        // Then the document is read and the missing file is an error row
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([doc], CsvFile.Read(output["documents.csv"]).Column("source"));
        var error = Assert.Single(CsvFile.Read(output["errors.csv"]).Rows);
        Assert.Equal((input["missing.pdf"], "read"), (error[0], error[3]));
    }

    [Fact]
    public async Task Extract_MaxFileMbAndTimeout_TurnPathologicalFilesIntoErrorRows()
    {
        // Given a 40-page PDF and a small text document
        using var input = new TempFolder();
        using var output = new TempFolder();
        using var output2 = new TempFolder();
        File.Copy(Path.Combine(MixedCorpus.PdfFixtures, "text", "lo-long.pdf"), input["long.pdf"]);
        input.Write("note.txt", "A short note.\n");

        // When files over 50 KiB are refused, and then a document of millions of operators may take only 0.2 s
        var sized = await CliRun.RunAsync(["extract", input.Path, "--out", output.Path, "--max-file-mb", "0.05", "--no-cache", "--quiet"]);
        var busy = input.Write("busy.pdf", HostilePdf.MillionsOfOperators());
        var timed = await CliRun.RunAsync(["extract", busy, "--out", output2.Path, "--timeout", "0.2", "--no-cache", "--quiet"]);

        // Then the large file is an error row naming the limit, and the slow one a timeout row
        Assert.Equal(1, sized.ExitCode);
        var large = Assert.Single(CsvFile.Read(output["errors.csv"]).Rows);
        Assert.Equal(input["long.pdf"], large[0]);
        Assert.Contains("MaxFileBytes", large[2], StringComparison.Ordinal);
        Assert.Equal([input["note.txt"]], CsvFile.Read(output["documents.csv"]).Column("source"));
        Assert.Equal(1, timed.ExitCode);
        var slow = Assert.Single(CsvFile.Read(output2["errors.csv"]).Rows);
        Assert.Equal(("TimeoutException", "timeout"), (slow[1], slow[3]));
    }

    [Theory]
    [InlineData("bomb.pdf", "DocumentLimitException", "memory", false)]
    [InlineData("bomb.pdf", "DocumentLimitException", "memory", true)]
    [InlineData("busy.pdf", "TimeoutException", "timeout", false)]
    public async Task Extract_PathologicalPdf_IsAnErrorRowOfItsStagePromptlyWhileTheOthersAreRead(string name, string errorType, string stage, bool cached)
    {
        // Given a decompression bomb (200 pages of 48 MiB each) or a PDF of 200 pages of four million operators, beside
        // a 40-page report and a note
        using var input = new TempFolder();
        using var output = new TempFolder();
        var bad = input.Write(name, name == "bomb.pdf" ? HostilePdf.FlateBomb() : HostilePdf.MillionsOfOperators());
        File.Copy(Path.Combine(MixedCorpus.PdfFixtures, "text", "lo-long.pdf"), input["long.pdf"]);
        input.Write("note.txt", "A short note.\n");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        // When the folder is extracted with 256 MiB for each document (the bomb) or 10 seconds (the busy file; a 40-page report needs well under one, even on a loaded machine)
        string[] limits = name == "bomb.pdf" ? ["--max-memory-mb", "256"] : ["--timeout", "10", "--max-memory-mb", "100000"];
        // (with the record cache on too: the limits hold on that path as well)
        using var cacheDir = new TempFolder();
        string[] caching = cached ? ["--cache", cacheDir.Path] : ["--no-cache"];
        var run = await CliRun.RunAsync(["extract", input.Path, "--out", output.Path, .. limits, .. caching, "--quiet"]);

        // Then the bad file is one error row of its stage, the others are read, and the run ended soon after
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(CsvFile.Read(output["errors.csv"]).Rows);
        Assert.Equal((bad, errorType, stage), (error[0], error[1], error[3]));
        Assert.Equal([input["long.pdf"], input["note.txt"]], CsvFile.Read(output["documents.csv"]).Column("source"));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Extract_JsonLinesToStandardOutput_WritesRecordsAndPrintsFailures()
    {
        // Given a good and a bad document
        using var input = new TempFolder();
        var doc = input.Write("salford.txt", MixedCorpus.RatingsReport);
        input.Write("empty.txt", string.Empty);

        // When they are extracted with no --out
        var run = await CliRun.RunAsync(["extract", input.Path, "--no-cache", "--quiet"]);

        // Then standard output has the one record and standard error the failure
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(doc, json.RootElement.GetProperty("source").GetString());
        Assert.Contains(input["empty.txt"] + ": the file is empty", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--shard", "0/3")]
    [InlineData("--shard", "4/3")]
    [InlineData("--shard", "x")]
    [InlineData("--timeout", "0")]
    [InlineData("--max-memory-mb", "0")]
    [InlineData("--format", "all")]
    [InlineData("--from-list", "/no/such/list.txt")]
    public async Task Extract_BadUsage_ExitsWith2(string option, string value)
    {
        // Given a readable document and one bad option
        using var input = new TempFolder();
        input.Write("note.txt", "A short note.\n");

        // When extract runs (--format all without --out is bad too)
        var run = await CliRun.RunAsync(["extract", input.Path, option, value, "--no-cache", "--quiet"]);

        // Then it is a usage error, explained
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("reportminer: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_NothingToRead_ExitsWith2()
    {
        var run = await CliRun.RunAsync(["extract", "/no/such/folder", "--no-cache"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing to read", run.Stderr, StringComparison.Ordinal);
    }

    private static List<string> JsonSources(string path) =>
        File.ReadLines(path).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return json.RootElement.GetProperty("source").GetString()!;
        }).ToList();
}
