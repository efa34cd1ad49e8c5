using System.CommandLine;
using ReportMiner.Cli.Input;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer text PATH...</c>: print the text ReportMiner reads from each document, in one process.</summary>
internal static class TextCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders and globs.", Arity = ArgumentArity.OneOrMore };
        var headers = new Option<bool>("--with-names") { Description = "Print each file's name before its text." };
        var blocks = new Option<bool>("--blocks") { Description = "Print one line per block with its kind and page (how extractors see the document)." };
        var command = new Command("text", "Print the extracted text of each document (for checking, and for comparison with other tools).") { paths, headers, blocks };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (files, unmatched) = InputExpander.Expand(parse.GetValue(paths) ?? []);
            foreach (var u in unmatched)
            {
                await stderr.WriteLineAsync($"reportminer: {u}: no such file, folder or matching glob");
            }

            if (files.Count == 0)
            {
                return CliApp.UsageError;
            }

            var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = false });
            var failed = 0;
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var document = extractor.Load(await File.ReadAllBytesAsync(file, cancellationToken), file);
                    if (parse.GetValue(headers))
                    {
                        await stdout.WriteLineAsync($"==> {file} <==");
                    }

                    if (parse.GetValue(blocks))
                    {
                        foreach (var b in document.Blocks)
                        {
                            var cells = b.Cells.Count > 0 ? " | " + string.Join(" | ", b.Cells) : string.Empty;
                            await stdout.WriteLineAsync($"[{b.Kind}{(b.Level > 0 ? b.Level : string.Empty)} p{b.Page}] {(cells.Length > 0 ? cells : b.Text)}");
                        }
                    }
                    else
                    {
                        await stdout.WriteLineAsync(document.Text);
                    }
                }
                catch (Exception e) when (e is ReportMinerException or IOException or UnauthorizedAccessException)
                {
                    failed++;
                    await stderr.WriteLineAsync($"reportminer: {e.Message}");
                }
            }

            return failed == 0 ? CliApp.Success : CliApp.SomeFailed;
        });
        return command;
    }
}
