using System.CommandLine;
using System.Text;
using ReportMiner.Cli.Input;
using ReportMiner.Export.Csv;
using ReportMiner.Export.JsonLines;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer extract PATH... [--format csv|jsonl] [--out FILE|DIR]</c>: read documents and write the dataset.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively) and globs to read.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: csv (tidy tables) or jsonl (one record per line). Default: jsonl to standard output, csv with --out." };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var output = new Option<string?>("--out", "-o") { Description = "Where to write: a .csv file (the ratings table, with the other tables beside it as NAME.<table>.csv), a .jsonl file, or a folder (every table as <table>.csv)." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Documents read at once. Default: all cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no progress or summary." };
        var noClassifier = new Option<bool>("--no-classifier") { Description = "Run the rules alone, without the trained classifiers." };
        var spans = new Option<bool>("--spans") { Description = "Add each item's character span to JSON output." };
        var excel = new Option<bool>("--excel") { Description = "Write CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8." };
        var password = new Option<string?>("--password") { Description = "Password for encrypted PDFs." };
        var command = new Command("extract", "Read documents and write their records as CSV tables or JSON Lines.")
        {
            paths, format, output, parallel, quiet, noClassifier, spans, excel, password,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (files, unmatched) = InputExpander.Expand(parse.GetValue(paths) ?? []);
            foreach (var u in unmatched)
            {
                await stderr.WriteLineAsync($"reportminer: {u}: no such file, folder or matching glob");
            }

            if (files.Count == 0)
            {
                await stderr.WriteLineAsync("reportminer: nothing to read");
                return CliApp.UsageError;
            }

            var options = ReportExtractorOptions.Default with
            {
                MaxDegreeOfParallelism = Math.Max(1, parse.GetValue(parallel)),
                UseClassifiers = !parse.GetValue(noClassifier),
                PdfPassword = parse.GetValue(password),
            };
            var extractor = ReportExtractor.Create(options);
            var outPath = parse.GetValue(output);
            var fmt = parse.GetValue(format) ?? (outPath is null || outPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? "jsonl" : "csv");
            var progress = new ProgressReporter(stderr, files.Count, parse.GetValue(quiet));
            var results = new List<ExtractionResult>(files.Count);
            await foreach (var r in extractor.ExtractAllAsync(files, cancellationToken))
            {
                results.Add(r);
                progress.Report(r);
            }

            if (fmt == "jsonl")
            {
                await WriteJsonLinesAsync(results, outPath, stdout, parse.GetValue(spans), cancellationToken);
                foreach (var f in results.Where(r => r.Failure is not null))
                {
                    await stderr.WriteLineAsync($"reportminer: {f.Failure!.Message}");
                }
            }
            else
            {
                WriteCsv(results, outPath, stdout, parse.GetValue(excel));
            }

            progress.Summarise(results);
            return results.All(r => r.Succeeded) ? CliApp.Success : CliApp.SomeFailed;
        });
        return command;
    }

    private static async Task WriteJsonLinesAsync(IReadOnlyList<ExtractionResult> results, string? outPath, TextWriter stdout, bool spans, CancellationToken cancellationToken)
    {
        var records = results.Where(r => r.Record is not null).Select(r => r.Record!).ToAsyncEnumerable();
        var exporter = new JsonLinesExporter(spans);
        if (outPath is null)
        {
            using var buffer = new MemoryStream();
            await exporter.WriteAsync(records, buffer, cancellationToken);
            await stdout.WriteAsync(Encoding.UTF8.GetString(buffer.ToArray()));
            await stdout.FlushAsync(cancellationToken);
            return;
        }

        EnsureParent(outPath);
        await using var file = File.Create(outPath);
        await exporter.WriteAsync(records, file, cancellationToken);
    }

    private static void WriteCsv(IReadOnlyList<ExtractionResult> results, string? outPath, TextWriter stdout, bool excel)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: excel);
        if (outPath is null)
        {
            CsvTables.Write("ratings", results, stdout);
            return;
        }

        var isFile = outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        foreach (var table in CsvTables.Names)
        {
            string path;
            if (isFile)
            {
                path = table == "ratings" ? outPath : outPath[..^4] + "." + table + ".csv";
            }
            else
            {
                Directory.CreateDirectory(outPath);
                path = Path.Combine(outPath, table + ".csv");
            }

            EnsureParent(path);
            using var writer = new StreamWriter(path, append: false, encoding);
            CsvTables.Write(table, results, writer);
        }
    }

    private static void EnsureParent(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
    }
}
