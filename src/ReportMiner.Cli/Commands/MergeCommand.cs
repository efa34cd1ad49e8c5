using System.CommandLine;
using ReportMiner.Cli.Output;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer merge OUT_DIR IN_DIR...</c>: join the output folders of <c>extract --shard K/N</c> runs into one,
/// sorted by source, with <c>ratings_wide</c> rebuilt — the output one unsharded run would have written.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        _ = stdout;
        var output = new Argument<string>("out") { Description = "The folder to write the merged tables to." };
        var inputs = new Argument<string[]>("inputs") { Description = "The shard output folders (--out DIR of each extract --shard run).", Arity = ArgumentArity.OneOrMore };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no summary." };
        var command = new Command("merge", "Join the output folders of sharded extract runs (CSV tables and/or JSON Lines) into one, sorted by source, with ratings_wide rebuilt.")
        {
            output, inputs, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var outDir = parse.GetValue(output)!;
            var inDirs = parse.GetValue(inputs) ?? [];
            foreach (var d in inDirs.Where(d => !Directory.Exists(d)))
            {
                await stderr.WriteLineAsync($"reportminer: {d}: no such folder");
                return CliApp.UsageError;
            }

            var full = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
            if (inDirs.Any(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar) == full))
            {
                await stderr.WriteLineAsync($"reportminer: {outDir}: the output folder cannot also be an input");
                return CliApp.UsageError;
            }

            ShardMerger.MergeSummary summary;
            try
            {
                summary = ShardMerger.Merge(outDir, inDirs);
            }
            catch (InvalidDataException e)
            {
                await stderr.WriteLineAsync($"reportminer: {e.Message}");
                return CliApp.UsageError;
            }

            if (summary.Files.Count == 0)
            {
                await stderr.WriteLineAsync($"reportminer: no tables (documents.csv, …, {DatasetOutput.RecordsFile}) found in {string.Join(", ", inDirs)}");
                return CliApp.UsageError;
            }

            foreach (var d in summary.Duplicates.Take(20))
            {
                await stderr.WriteLineAsync($"reportminer: {d} is in more than one input (did shards overlap?); it is kept from each");
            }

            if (!parse.GetValue(quiet))
            {
                await stderr.WriteLineAsync($"merged {inDirs.Length} folders into {outDir}: {summary.Documents} documents, {summary.Errors} errors ({string.Join(", ", summary.Files)})");
            }

            return summary.Errors == 0 ? CliApp.Success : CliApp.SomeFailed;
        });
        return command;
    }
}
