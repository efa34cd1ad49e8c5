using System.Diagnostics;
using System.Globalization;

namespace ReportMiner.Cli.Commands;

/// <summary>Progress lines (every second or so) and the closing summary of a bulk run, on standard error.</summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _stderr;
    private readonly int _total;
    private readonly bool _quiet;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;
    private TimeSpan _lastReport;

    public ProgressReporter(TextWriter stderr, int total, bool quiet)
    {
        _stderr = stderr;
        _total = total;
        _quiet = quiet;
    }

    public void Report(ExtractionResult result)
    {
        _ = result;
        _done++;
        if (_quiet || _clock.Elapsed - _lastReport < TimeSpan.FromSeconds(1) || _done == _total)
        {
            return;
        }

        _lastReport = _clock.Elapsed;
        var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var left = TimeSpan.FromSeconds((_total - _done) / Math.Max(rate, 1e-3));
        _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_done}/{_total}] {rate:0.0} documents/s, about {left:hh\\:mm\\:ss} left"));
    }

    public void Summarise(IReadOnlyList<ExtractionResult> results)
    {
        if (_quiet)
        {
            return;
        }

        var records = results.Where(r => r.Record is not null).Select(r => r.Record!).ToList();
        _stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{records.Count} documents read, {results.Count - records.Count} failed; {records.Sum(r => r.Ratings.Count)} ratings, {records.Sum(r => r.CaseRatios.Count)} case ratios, {records.Sum(r => r.Quotes.Count)} quotes, {records.Sum(r => r.Warnings.Count)} warnings in {_clock.Elapsed.TotalSeconds:0.00} s"));
    }
}
