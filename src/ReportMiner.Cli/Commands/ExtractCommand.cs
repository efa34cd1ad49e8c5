using System.CommandLine;
using System.Globalization;
using ReportMiner.Caching;
using ReportMiner.Cli.Input;
using ReportMiner.Cli.Output;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer extract PATH... [--from-list FILE|-] [--format csv|jsonl|all] [--out FILE|DIR] [--shard K/N] ...</c>:
/// read documents and write the dataset, streaming, in path order whatever the parallelism, every input once —
/// as a record or as an error row.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The cache folder's name inside an output folder.</summary>
    public const string CacheFolderName = ".reportminer-cache";

    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(null, stdout, stderr);

    public static Command Create(TextReader? stdin, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively) and globs to read.", Arity = ArgumentArity.ZeroOrMore };
        var fromList = new Option<string?>("--from-list") { HelpName = "FILE|-", Description = "Also read the paths listed in this file, one a line ('-': standard input). A listed path that does not exist becomes an error row." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: csv (tidy tables), jsonl (one record per line), or all (both; needs --out DIR). Default: jsonl to standard output or a .jsonl file, csv otherwise." };
        format.AcceptOnlyFromAmong("csv", "jsonl", "all");
        var output = new Option<string?>("--out", "-o") { HelpName = "DIR|FILE", Description = "Where to write: a folder (every table as <table>.csv; records.jsonl and errors.jsonl), a .csv file (the ratings table, the others beside it as NAME.<table>.csv) or a .jsonl file (failures in NAME.errors.jsonl)." };
        var parallel = new Option<int>("--parallel", "-p") { HelpName = "N", Description = "Documents read at once. Default: all cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no progress or summary." };
        var noClassifier = new Option<bool>("--no-classifier") { Description = "Run the rules alone, without the trained classifiers." };
        var spans = new Option<bool>("--spans") { Description = "Add each item's character span to JSON output." };
        var excel = new Option<bool>("--excel") { Description = "Write CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8." };
        var password = new Option<string?>("--password") { HelpName = "PASSWORD", Description = "Password for encrypted PDFs." };
        var timeout = new Option<double>("--timeout") { HelpName = "SECONDS", Description = "Seconds one document may take before it becomes an error row (stage 'timeout').", DefaultValueFactory = _ => 60 };
        var maxFileMb = new Option<double>("--max-file-mb") { HelpName = "MB", Description = "Files larger than this many MiB become error rows without being read.", DefaultValueFactory = _ => 256 };
        var maxMemoryMb = new Option<double>("--max-memory-mb") { HelpName = "MB", Description = "MiB one document may allocate while it is read before it is stopped and becomes an error row (stage 'memory'); a 40-page report needs about 20.", DefaultValueFactory = _ => 1024 };
        var cacheDir = new Option<string?>("--cache") { HelpName = "DIR", Description = $"The record cache folder. Default: <out>/{CacheFolderName} when --out is a folder, otherwise $XDG_CACHE_HOME/reportminer or ~/.cache/reportminer." };
        var noCache = new Option<bool>("--no-cache") { Description = "Extract every file, neither reading nor writing the record cache." };
        var shard = new Option<string?>("--shard") { HelpName = "K/N", Description = "Process only shard K of N (1 ≤ K ≤ N), chosen by a stable hash of each path relative to the folder that named it; join the shards with 'reportminer merge'." };
        var command = new Command("extract", "Read documents and write their records as CSV tables or JSON Lines.")
        {
            paths, fromList, format, output, parallel, quiet, noClassifier, spans, excel, password, timeout, maxFileMb, maxMemoryMb, cacheDir, noCache, shard,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Usage: everything that can be checked before reading a document.
            ShardSpec? shardSpec = null;
            if (parse.GetValue(shard) is { } shardText && !ShardSpec.TryParse(shardText, out shardSpec))
            {
                return await UsageAsync(stderr, $"--shard {shardText}: expected K/N with 1 ≤ K ≤ N, such as 2/8");
            }

            var timeoutSeconds = parse.GetValue(timeout);
            var maxMb = parse.GetValue(maxFileMb);
            var maxMemory = parse.GetValue(maxMemoryMb);
            if (!(timeoutSeconds > 0) || !(maxMb > 0) || !(maxMemory > 0))
            {
                return await UsageAsync(stderr, "--timeout, --max-file-mb and --max-memory-mb must be greater than 0");
            }

            IReadOnlyList<string> listed = [];
            if (parse.GetValue(fromList) is { } listPath)
            {
                try
                {
                    using var reader = listPath == "-" ? null : new StreamReader(listPath);
                    listed = InputExpander.ReadList(reader ?? stdin ?? Console.In);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return await UsageAsync(stderr, $"--from-list {listPath}: {e.Message}");
                }
            }

            var (inputs, unmatched) = InputExpander.Expand(parse.GetValue(paths) ?? [], listed);
            foreach (var u in unmatched)
            {
                await stderr.WriteLineAsync($"reportminer: {u}: no such file, folder or matching glob");
            }

            if (inputs.Count == 0)
            {
                return await UsageAsync(stderr, "nothing to read");
            }

            var files = (shardSpec is null ? inputs : inputs.Where(shardSpec.Contains)).Select(f => f.Path).ToList();
            var options = ReportExtractorOptions.Default with
            {
                MaxDegreeOfParallelism = Math.Max(1, parse.GetValue(parallel)),
                UseClassifiers = !parse.GetValue(noClassifier),
                PdfPassword = parse.GetValue(password),
                PerDocumentTimeout = TimeSpan.FromSeconds(timeoutSeconds),
                MaxFileBytes = (long)(maxMb * 1024 * 1024),
                MaxMemoryPerDocument = (long)Math.Min(maxMemory * 1024 * 1024, long.MaxValue),
            };
            ReportExtractor extractor;
            try
            {
                extractor = ReportExtractor.Create(options);
            }
            catch (ReportMinerException e)
            {
                return await UsageAsync(stderr, $"{e.Message} (--no-classifier runs the rules alone)");
            }

            var outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format) ?? DatasetOutput.DefaultFormat(outPath);
            DatasetOutput dataset;
            try
            {
                dataset = DatasetOutput.Open(fmt, outPath, stdout, parse.GetValue(spans), parse.GetValue(excel));
            }
            catch (ArgumentException e)
            {
                return await UsageAsync(stderr, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return await UsageAsync(stderr, $"{outPath}: cannot be written: {e.Message}");
            }

            using (dataset)
            {
                var cache = parse.GetValue(noCache) ? null : OpenCache(parse.GetValue(cacheDir), dataset.Folder, options, stderr);
                var progress = ProgressReporter.Create(stderr, files.Count, parse.GetValue(quiet));
                if (shardSpec is not null && !parse.GetValue(quiet))
                {
                    await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"shard {shardSpec}: {files.Count} of {inputs.Count} inputs"));
                }

                await progress.RunAsync(async () =>
                {
                    await foreach (var r in extractor.ExtractAllAsync(files, cache, cancellationToken))
                    {
                        dataset.Write(r);
                        if (r.Failure is { } f && dataset.FailuresToStandardError)
                        {
                            progress.Message($"reportminer: {f.Message}");
                        }

                        progress.Report(r);
                    }
                });
                dataset.Complete();
                progress.Summarise(cache);
                return progress.Failed == 0 ? CliApp.Success : CliApp.SomeFailed;
            }
        });
        return command;
    }

    /// <summary>The cache: <paramref name="folder"/>, else inside the output folder, else the user's cache folder.</summary>
    private static RecordCache? OpenCache(string? folder, string? outputFolder, ReportExtractorOptions options, TextWriter stderr)
    {
        folder ??= outputFolder is not null ? Path.Combine(outputFolder, CacheFolderName) : Path.Combine(UserCacheHome(), "reportminer");
        try
        {
            return RecordCache.Open(folder, ExtractorVersion.For(options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportminer: the cache {folder} cannot be used ({e.Message}); extracting every file (--cache DIR chooses another)");
            return null;
        }
    }

    private static string UserCacheHome() =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");

    private static async Task<int> UsageAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"reportminer: {message}");
        return CliApp.UsageError;
    }
}
