using System.CommandLine;

namespace ReportMiner.Cli.Commands;

/// <summary>The <c>reportminer</c> command line: <c>extract</c>, <c>merge</c>, <c>eval</c>, <c>text</c>, <c>train</c>.</summary>
internal static class CliApp
{
    /// <summary>Exit code when every input was read.</summary>
    public const int Success = 0;

    /// <summary>Exit code when some inputs failed (they are listed in the errors table).</summary>
    public const int SomeFailed = 1;

    /// <summary>Exit code for a usage error (an unknown option, a missing argument, no inputs).</summary>
    public const int UsageError = 2;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.In, stdout, stderr, cancellationToken);

    /// <summary>Runs the command line with <paramref name="stdin"/> as standard input (for <c>extract --from-list -</c>).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("ReportMiner: turn UK inspection reports (PDF, HTML, text) into a typed dataset of areas, ratings, case ratios and inspector quotes.")
        {
            ExtractCommand.Create(stdin, stdout, stderr),
            MergeCommand.Create(stdout, stderr),
            EvalCommand.Create(stdout, stderr),
            TextCommand.Create(stdout, stderr),
            TrainCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await stderr.WriteLineAsync($"reportminer: {e.Message}");
            }

            await stderr.WriteLineAsync("Run 'reportminer --help' for usage.");
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parse.InvokeAsync(config, cancellationToken);
    }
}
