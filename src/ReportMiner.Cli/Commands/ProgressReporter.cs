using System.Diagnostics;
using System.Globalization;
using ReportMiner.Caching;
using Spectre.Console;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// The progress and closing summary of a bulk run, on standard error: a Spectre.Console progress bar (count, rate,
/// time left) when standard error is an interactive terminal, plain lines about once a second otherwise (logs, CI,
/// Slurm), nothing with <c>--quiet</c>. Keeps running totals, never the results.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _stderr;
    private readonly int _total;
    private readonly bool _quiet;
    private readonly IAnsiConsole? _console;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ProgressTask? _bar;
    private TimeSpan _lastReport;

    private ProgressReporter(TextWriter stderr, int total, bool quiet, IAnsiConsole? console)
    {
        _stderr = stderr;
        _total = total;
        _quiet = quiet;
        _console = console;
    }

    /// <summary>Documents read.</summary>
    public int Read { get; private set; }

    /// <summary>Documents that could not be read.</summary>
    public int Failed { get; private set; }

    /// <summary>Results so far.</summary>
    public int Done => Read + Failed;

    private long Ratings { get; set; }

    private long CaseRatios { get; set; }

    private long Quotes { get; set; }

    private long Warnings { get; set; }

    /// <summary>
    /// A reporter for <paramref name="total"/> inputs: a bar when <paramref name="stderr"/> is the process's standard
    /// error and that is a terminal.
    /// </summary>
    public static ProgressReporter Create(TextWriter stderr, int total, bool quiet)
    {
        var interactive = !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");
        var console = interactive
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), Interactive = InteractionSupport.Yes })
            : null;
        return new ProgressReporter(stderr, total, quiet, console);
    }

    /// <summary>Runs <paramref name="body"/> (which calls <see cref="Report"/> per result) under the progress display.</summary>
    public async Task RunAsync(Func<Task> body)
    {
        if (_console is null)
        {
            await body();
            return;
        }

        await _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                _bar = context.AddTask(Describe(), maxValue: Math.Max(1, _total));
                await body();
                _bar.Value = _bar.MaxValue;
                _bar.Description = Describe();
                _bar.StopTask();
            });
    }

    /// <summary>Counts <paramref name="result"/> and shows progress.</summary>
    public void Report(ExtractionResult result)
    {
        if (result.Record is { } r)
        {
            Read++;
            Ratings += r.Ratings.Count;
            CaseRatios += r.CaseRatios.Count;
            Quotes += r.Quotes.Count;
            Warnings += r.Warnings.Count;
        }
        else
        {
            Failed++;
        }

        if (_bar is not null)
        {
            _bar.Increment(1);
            _bar.Description = Describe();
            return;
        }

        if (_quiet || _clock.Elapsed - _lastReport < TimeSpan.FromSeconds(1) || Done == _total)
        {
            return;
        }

        _lastReport = _clock.Elapsed;
        var left = TimeSpan.FromSeconds((_total - Done) / Math.Max(Rate, 1e-3));
        _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Done}/{_total}] {Rate:0.0} documents/s, about {left:hh\\:mm\\:ss} left"));
    }

    /// <summary>Writes a line (a failure) on standard error, above the bar when there is one.</summary>
    public void Message(string line)
    {
        if (_console is not null)
        {
            _console.WriteLine(line);
        }
        else
        {
            _stderr.WriteLine(line);
        }
    }

    /// <summary>The closing summary, with the cache's figures when one was used.</summary>
    public void Summarise(RecordCache? cache)
    {
        if (_quiet)
        {
            return;
        }

        _stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Read} documents read, {Failed} failed; {Ratings} ratings, {CaseRatios} case ratios, {Quotes} quotes, {Warnings} warnings in {_clock.Elapsed.TotalSeconds:0.00} s ({Rate:0.0} documents/s)"));
        if (cache is not null)
        {
            _stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"cache: {cache.Hits} from cache, {cache.Stored} extracted and stored ({cache.Directory})"));
        }
    }

    private double Rate => Done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);

    private string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Done}/{_total} documents, {Rate:0.0}/s");
}
