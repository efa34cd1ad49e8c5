using System.Runtime.CompilerServices;
using ReportMiner.Classification;
using ReportMiner.Documents;
using ReportMiner.Records;

namespace ReportMiner;

/// <summary>
/// The entry point: turns inspection reports (PDF, HTML, text) into records. Create one and share it; it is
/// thread-safe.
/// </summary>
/// <example>
/// <code>
/// var extractor = ReportExtractor.Create();
/// ReportRecord record = await extractor.ExtractAsync("medway-2014.pdf");
/// await foreach (var result in extractor.ExtractAllAsync(paths))
///     Console.WriteLine(result.Succeeded ? $"{result.Source}: {result.Record!.Ratings.Count} ratings" : result.Failure!.Message);
/// </code>
/// </example>
public sealed class ReportExtractor
{
    /// <summary>How long past its timeout a document's work may take to notice that it was cancelled.</summary>
    private static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(5);

    private ReportExtractor(ReportPipeline pipeline, ReportExtractorOptions options)
    {
        Pipeline = pipeline;
        Options = options;
    }

    /// <summary>The pipeline in use.</summary>
    public ReportPipeline Pipeline { get; }

    /// <summary>The options in use.</summary>
    public ReportExtractorOptions Options { get; }

    /// <summary>Creates an extractor with the default pipeline.</summary>
    public static ReportExtractor Create(ReportExtractorOptions? options = null)
    {
        options ??= ReportExtractorOptions.Default;
        var classifiers = options.UseClassifiers ? options.Classifiers ?? ShippedClassifiers.Load() : ClassifierSet.None;
        var pipeline = new ReportPipelineBuilder().UseDefaults(options.PdfPassword).UseClassifiers(classifiers).Build();
        return new ReportExtractor(pipeline, options);
    }

    /// <summary>Creates an extractor over a pipeline of your own.</summary>
    public static ReportExtractor Create(ReportPipeline pipeline, ReportExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return new ReportExtractor(pipeline, options ?? ReportExtractorOptions.Default);
    }

    /// <summary>Reads the file at <paramref name="path"/> and returns its record.</summary>
    /// <exception cref="DocumentLoadException">The file cannot be read (missing, empty, damaged, encrypted, not a document).</exception>
    public async Task<ReportRecord> ExtractAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return Extract(bytes, path);
    }

    /// <summary>Reads a document already in memory; <paramref name="source"/> names it in the record and in errors.</summary>
    /// <exception cref="DocumentLoadException">The content cannot be read.</exception>
    public ReportRecord Extract(ReadOnlyMemory<byte> content, string source)
    {
        var document = Load(content, source);
        return Pipeline.Extract(document);
    }

    /// <summary>Loads a document without extracting (for inspecting its blocks or text).</summary>
    /// <exception cref="DocumentLoadException">The content cannot be read.</exception>
    public ReportDocument Load(ReadOnlyMemory<byte> content, string source) => Pipeline.Load(content, new DocumentSource(source));

    /// <summary>
    /// Reads every path, <see cref="ReportExtractorOptions.MaxDegreeOfParallelism"/> at a time, and yields one result
    /// per path in the order given — a record, or a failure naming the file and the reason. One bad file never stops
    /// the run.
    /// </summary>
    public async IAsyncEnumerable<ExtractionResult> ExtractAllAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var window = Math.Max(1, Options.MaxDegreeOfParallelism) * 2;
        using var gate = new SemaphoreSlim(Math.Max(1, Options.MaxDegreeOfParallelism));
        var inFlight = new Queue<Task<ExtractionResult>>();
        foreach (var path in paths)
        {
            inFlight.Enqueue(RunOneAsync(path, gate, cancellationToken));
            if (inFlight.Count >= window)
            {
                yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
        }

        while (inFlight.Count > 0)
        {
            yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
    }

    /// <summary>Reads one file and never throws for a bad document: the failure is the result.</summary>
    public ExtractionResult ExtractOne(string path) => ExtractOne(path, CancellationToken.None);

    /// <summary>
    /// Reads one file within <see cref="ReportExtractorOptions.PerDocumentTimeout"/> and
    /// <see cref="ReportExtractorOptions.MaxMemoryPerDocument"/>, and never throws for a bad document: the failure is the
    /// result (stage <c>timeout</c> or <c>memory</c> for a document over its limits, whose reading is stopped, not
    /// abandoned).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult ExtractOne(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = ReadFile(path);
        }
        catch (ReportMinerException e)
        {
            return ExtractionResult.Failed(path, new ExtractionFailure(e.GetType().Name, e.Message, "read"));
        }

        return ExtractWithinLimits(bytes, path, cancellationToken);
    }

    /// <summary>
    /// Extracts a file's bytes, already read, within <see cref="ReportExtractorOptions.PerDocumentTimeout"/> and
    /// <see cref="ReportExtractorOptions.MaxMemoryPerDocument"/>; never throws for a bad document.
    /// </summary>
    internal ExtractionResult ExtractWithinLimits(byte[] bytes, string path, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.PerDocumentTimeout);
        try
        {
            var budget = DocumentBudget.Start(path, Options.MaxMemoryPerDocument, timeout.Token);
            var document = Pipeline.Load(bytes, new DocumentSource(path), budget);
            return ExtractionResult.Success(Pipeline.Extract(document, budget));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut(path);
        }
        catch (ReportMinerException e)
        {
            return ExtractionResult.Failed(path, new ExtractionFailure(e.GetType().Name, e.Message, e.Stage));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return ExtractionResult.Failed(path, new ExtractionFailure(e.GetType().Name, $"{path}: {e.Message}", "extract"));
        }
    }

    private async Task<ExtractionResult> RunOneAsync(string path, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The work stops itself at the timeout (its budget's token is cancelled then); waiting a little longer only
            // guards against a loader that does not check its budget, whose result is then dropped.
            var work = Task.Run(() => ExtractOne(path, cancellationToken), cancellationToken);
            try
            {
                return await work.WaitAsync(Options.PerDocumentTimeout + CancellationGrace, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return TimedOut(path);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private ExtractionResult TimedOut(string path) => ExtractionResult.Failed(path, new ExtractionFailure(
        nameof(TimeoutException),
        $"{path}: reading took longer than {Options.PerDocumentTimeout.TotalSeconds:0} s (ReportExtractorOptions.PerDocumentTimeout)",
        "timeout"));

    private byte[] ReadFile(string path)
    {
        try
        {
            CheckFile(path);
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentLoadException($"the file cannot be read: {e.Message}", path, null, e);
        }
    }

    private async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            CheckFile(path);
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentLoadException($"the file cannot be read: {e.Message}", path, null, e);
        }
    }

    private void CheckFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentLoadException("the file does not exist", path);
        }

        if (info.Length > Options.MaxFileBytes)
        {
            throw new DocumentLoadException($"the file is {info.Length:N0} bytes, over the limit of {Options.MaxFileBytes:N0} (ReportExtractorOptions.MaxFileBytes)", path);
        }
    }
}
