using System.Runtime.CompilerServices;

namespace ReportMiner.Caching;

/// <summary>Bulk extraction through a <see cref="RecordCache"/>.</summary>
public static class CachedExtraction
{
    /// <summary>
    /// As <see cref="ReportExtractor.ExtractAllAsync"/> — one result per path in the order given,
    /// <see cref="ReportExtractorOptions.MaxDegreeOfParallelism"/> at a time, the per-document timeout and file size
    /// limit applied — but each file's bytes are hashed first and a record cached for them is used instead of
    /// extracting; new records are stored. With a null <paramref name="cache"/> it is
    /// <see cref="ReportExtractor.ExtractAllAsync"/>. A record that arrives after its timeout is not stored.
    /// </summary>
    public static async IAsyncEnumerable<ExtractionResult> ExtractAllAsync(
        this ReportExtractor extractor,
        IEnumerable<string> paths,
        RecordCache? cache,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(paths);
        if (cache is null)
        {
            await foreach (var result in extractor.ExtractAllAsync(paths, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }

            yield break;
        }

        var parallelism = Math.Max(1, extractor.Options.MaxDegreeOfParallelism);
        using var gate = new SemaphoreSlim(parallelism);
        var inFlight = new Queue<Task<ExtractionResult>>();
        foreach (var path in paths)
        {
            inFlight.Enqueue(RunOneAsync(extractor, cache, path, gate, cancellationToken));
            if (inFlight.Count >= parallelism * 2)
            {
                yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
        }

        while (inFlight.Count > 0)
        {
            yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads one file through the cache, never throwing for a bad document. Returns the result and, for a record
    /// just extracted, the hash to store it under.
    /// </summary>
    internal static (ExtractionResult Result, string? HashToStore) ExtractOne(ReportExtractor extractor, RecordCache cache, string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > extractor.Options.MaxFileBytes)
            {
                return (extractor.ExtractOne(path), null);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The extractor reads the file again and words the failure as every run does.
            return (extractor.ExtractOne(path), null);
        }

        var hash = RecordCache.HashOf(bytes);
        if (cache.TryGet(hash, path) is { } cached)
        {
            return (ExtractionResult.Success(cached), null);
        }

        // The same time and memory limits as an uncached run: a pathological file stops itself here too.
        var result = extractor.ExtractWithinLimits(bytes, path, CancellationToken.None);
        return (result, result.Record is null ? null : hash);
    }

    private static async Task<ExtractionResult> RunOneAsync(ReportExtractor extractor, RecordCache cache, string path, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var work = Task.Run(() => ExtractOne(extractor, cache, path), cancellationToken);
            try
            {
                var (result, hash) = await work.WaitAsync(extractor.Options.PerDocumentTimeout, cancellationToken).ConfigureAwait(false);
                if (hash is not null && result.Record is { } record)
                {
                    cache.Put(hash, record);
                }

                return result;
            }
            catch (TimeoutException)
            {
                return ExtractionResult.Failed(path, new ExtractionFailure(
                    nameof(TimeoutException),
                    $"{path}: reading took longer than {extractor.Options.PerDocumentTimeout.TotalSeconds:0} s (ReportExtractorOptions.PerDocumentTimeout)",
                    "timeout"));
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
