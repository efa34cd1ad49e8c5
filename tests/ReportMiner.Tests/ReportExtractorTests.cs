using System.Diagnostics;
using ReportMiner.Tests.Cli;

namespace ReportMiner.Tests;

/// <summary><see cref="ReportExtractor"/>'s per-document limits: a document over them is stopped, not left running.</summary>
public sealed class ReportExtractorTests
{
    /// <summary>Far longer than a stopped document takes, far shorter than reading the whole file would.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(30);

    [Fact]
    public void ExtractOne_FlateBombOnEveryPage_IsAMemoryFailure()
    {
        // Given a PDF whose 200 pages each inflate 48 MiB
        using var folder = new TempFolder();
        var path = folder.Write("bomb.pdf", HostilePdf.FlateBomb());
        var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { MaxMemoryPerDocument = 256L * 1024 * 1024, UseClassifiers = false });
        var stopwatch = Stopwatch.StartNew();

        // When it is extracted with 256 MiB to spend
        var result = extractor.ExtractOne(path);

        // Then it is a failure of stage memory, naming the option, reached a few pages in
        Assert.False(result.Succeeded);
        Assert.Equal((nameof(DocumentLimitException), "memory"), (result.Failure!.ErrorType, result.Failure.Stage));
        Assert.StartsWith(path + ": ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("MaxMemoryPerDocument", result.Failure.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < Promptly, $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void ExtractOne_MillionsOfOperatorsOnEveryPage_StopsAtTheTimeout()
    {
        // Given a PDF whose 200 pages each run four million operators (minutes of work)
        using var folder = new TempFolder();
        var path = folder.Write("busy.pdf", HostilePdf.MillionsOfOperators());
        var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with
        {
            PerDocumentTimeout = TimeSpan.FromSeconds(1),
            MaxMemoryPerDocument = long.MaxValue,
            UseClassifiers = false,
        });
        var stopwatch = Stopwatch.StartNew();

        // When it is read on this thread with a one-second timeout
        var result = extractor.ExtractOne(path);

        // Then the call itself returns soon after the second with a timeout failure: the work was stopped, not abandoned
        Assert.Equal(("TimeoutException", "timeout"), (result.Failure?.ErrorType, result.Failure?.Stage));
        Assert.True(stopwatch.Elapsed < Promptly, $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void ExtractOne_CallerCancels_ThrowsInsteadOfReportingATimeout()
    {
        using var folder = new TempFolder();
        var path = folder.Write("busy.pdf", HostilePdf.MillionsOfOperators(pages: 5));
        var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = false });

        Assert.ThrowsAny<OperationCanceledException>(() => extractor.ExtractOne(path, new CancellationToken(canceled: true)));
    }
}
