using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportMiner.Export.JsonLines;
using ReportMiner.Records;

namespace ReportMiner.Caching;

/// <summary>
/// A folder of extracted records keyed by the SHA-256 of a file's bytes and the <see cref="ExtractorVersion"/>, so
/// that a re-run over a grown folder only extracts new or changed files. Each record is one JSON Lines file,
/// <c>DIR/&lt;version-hash&gt;/&lt;ab&gt;/&lt;sha256&gt;.jsonl</c>, holding one line:
/// <c>{"sha256", "extractor", "extension", "record"}</c> with the record as <see cref="RecordJson"/> writes it
/// (spans included). A record read back is byte-identical in every output once its source is set to the current
/// path. Entries are written to a temporary file and renamed, so concurrent runs (shards) may share a folder.
/// Only records are cached, never failures: a file that failed is tried again. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var cache = RecordCache.Open("~/.cache/reportminer", ExtractorVersion.For(options));
/// await foreach (var result in extractor.ExtractAllAsync(paths, cache)) { ... }
/// Console.WriteLine($"{cache.Hits} from the cache, {cache.Stored} extracted");
/// </code>
/// </example>
public sealed class RecordCache
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _root;
    private long _hits;
    private long _misses;
    private long _stored;

    private RecordCache(string directory, string extractorVersion)
    {
        Directory = directory;
        ExtractorVersion = extractorVersion;
        _root = Path.Combine(directory, HashText(extractorVersion)[..16]);
    }

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

    /// <summary>The extractor version whose records this cache serves.</summary>
    public string ExtractorVersion { get; }

    /// <summary>How many look-ups found a record.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many look-ups found none.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>How many records were stored.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>Opens (creating where needed) the cache in <paramref name="directory"/> for <paramref name="extractorVersion"/>.</summary>
    /// <param name="directory">The folder; a leading <c>~</c> is the home folder.</param>
    /// <param name="extractorVersion">Usually <see cref="Caching.ExtractorVersion.For"/> of the extractor's options.</param>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public static RecordCache Open(string directory, string extractorVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(extractorVersion);
        if (directory == "~" || directory.StartsWith("~/", StringComparison.Ordinal))
        {
            directory = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), directory.TrimStart('~').TrimStart('/'));
        }

        var cache = new RecordCache(Path.GetFullPath(directory), extractorVersion);
        System.IO.Directory.CreateDirectory(cache._root);
        return cache;
    }

    /// <summary>The SHA-256 of <paramref name="content"/> as 64 lower-case hex digits: the key of a cached record.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// The record cached for content with hash <paramref name="contentHash"/>, with its source set to
    /// <paramref name="source"/>, or null. An entry made for a file with another extension is not used (the
    /// extension can decide how a file is read), nor is an unreadable one.
    /// </summary>
    public ReportRecord? TryGet(string contentHash, string source)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ArgumentNullException.ThrowIfNull(source);
        var record = Read(EntryPath(contentHash), contentHash, source);
        Interlocked.Increment(ref record is null ? ref _misses : ref _hits);
        return record;
    }

    /// <summary>Stores <paramref name="record"/> as the record of content with hash <paramref name="contentHash"/>.</summary>
    /// <returns>Whether it was stored; a cache that cannot be written is not an error for the run.</returns>
    public bool Put(string contentHash, ReportRecord record)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ArgumentNullException.ThrowIfNull(record);
        var path = EntryPath(contentHash);
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 16384))
            {
                using (var json = new Utf8JsonWriter(file, WriterOptions))
                {
                    json.WriteStartObject();
                    json.WriteString("sha256", contentHash);
                    json.WriteString("extractor", ExtractorVersion);
                    json.WriteString("extension", Extension(record.Source));
                    json.WritePropertyName("record");
                    RecordJson.Write(json, record, includeSpans: true);
                    json.WriteEndObject();
                }

                file.WriteByte((byte)'\n');
            }

            File.Move(temp, path, overwrite: true);
            Interlocked.Increment(ref _stored);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return false;
        }
    }

    private static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is harmless; the next Put of this hash replaces the entry anyway.
        }
    }

    private ReportRecord? Read(string path, string contentHash, string source)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("sha256").GetString() != contentHash
                || root.GetProperty("extractor").GetString() != ExtractorVersion
                || root.GetProperty("extension").GetString() != Extension(source))
            {
                return null;
            }

            return RecordJson.Read(root.GetProperty("record")) with { Source = source };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // A damaged or half-written entry is a miss: the record is extracted again and the entry replaced.
            return null;
        }
    }

    private string EntryPath(string contentHash) => Path.Combine(_root, contentHash[..2], contentHash + ".jsonl");
}
