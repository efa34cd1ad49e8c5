using System.Text;
using System.Text.Json;
using CsvHelper;
using ReportMiner.Export.Csv;

namespace ReportMiner.Cli.Output;

/// <summary>
/// Joins the output folders of <c>extract --shard K/N</c> runs into one folder, as one unsharded run would have
/// written it: each tidy CSV table and each JSON Lines file present in the inputs is merged by source (a k-way
/// merge of inputs that are each already in path order, copying every row's bytes as they are, so memory holds
/// one row per input), and <c>ratings_wide</c> is rebuilt from the merged ratings table.
/// </summary>
internal static class ShardMerger
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>What a merge wrote.</summary>
    /// <param name="Files">The files written, by name.</param>
    /// <param name="Documents">Documents read in the merged output (rows of <c>documents.csv</c>, else lines of <c>records.jsonl</c>).</param>
    /// <param name="Errors">Inputs that failed (rows of <c>errors.csv</c>, else lines of <c>errors.jsonl</c>).</param>
    /// <param name="Duplicates">Sources found in more than one input folder (the shards overlapped).</param>
    internal sealed record MergeSummary(IReadOnlyList<string> Files, long Documents, long Errors, IReadOnlyList<string> Duplicates);

    /// <summary>Merges <paramref name="inputs"/> into <paramref name="output"/>.</summary>
    /// <exception cref="InvalidDataException">The inputs' tables have different headers.</exception>
    public static MergeSummary Merge(string output, IReadOnlyList<string> inputs)
    {
        Directory.CreateDirectory(output);
        var files = new List<string>();
        var duplicates = new SortedSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>();
        foreach (var table in CsvTables.TidyNames)
        {
            var name = table + ".csv";
            var present = inputs.Select(i => Path.Combine(i, name)).Where(File.Exists).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            counts[name] = MergeCsv(present, Path.Combine(output, name), checkDuplicates: table is "documents" or "errors" ? duplicates : null);
            files.Add(name);
        }

        foreach (var name in new[] { DatasetOutput.RecordsFile, DatasetOutput.ErrorsFile })
        {
            var present = inputs.Select(i => Path.Combine(i, name)).Where(File.Exists).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            counts[name] = MergeJsonLines(present, Path.Combine(output, name), duplicates);
            files.Add(name);
        }

        var ratings = Path.Combine(output, "ratings.csv");
        if (File.Exists(ratings))
        {
            var bom = StartsWithBom(ratings);
            using var wide = DatasetOutput.Create(Path.Combine(output, "ratings_wide.csv"), new UTF8Encoding(bom));
            CsvTables.WriteWideFromRatings(() => new StreamReader(ratings, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), wide);
            files.Add("ratings_wide.csv");
        }

        long Count(string a, string b) => counts.TryGetValue(a, out var n) ? n : counts.GetValueOrDefault(b);
        return new MergeSummary(files, Count("documents.csv", DatasetOutput.RecordsFile), Count("errors.csv", DatasetOutput.ErrorsFile), [.. duplicates]);
    }

    private static long MergeCsv(IReadOnlyList<string> paths, string destination, ISet<string>? checkDuplicates)
    {
        var readers = new List<CsvReader>();
        try
        {
            foreach (var p in paths)
            {
                readers.Add(CsvReader.Create(File.OpenRead(p), CsvTables.ReaderOptions, false));
            }

            var header = readers[0].Headers;
            for (var i = 1; i < readers.Count; i++)
            {
                if (!readers[i].Headers.SequenceEqual(header))
                {
                    throw new InvalidDataException($"{paths[i]} has the columns {string.Join(",", readers[i].Headers)}, but {paths[0]} has {string.Join(",", header)}: these are not shards of one run");
                }
            }

            using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.Read, 65536);
            if (StartsWithBom(paths[0]))
            {
                output.Write(Bom);
            }

            using (var headerWriter = CsvWriter.Create(output, CsvTables.WriterOptions, true))
            {
                headerWriter.WriteHeader([.. header]);
            }

            var newline = "\r\n"u8.ToArray();
            return KWayMerge(
                readers.Count,
                i => readers[i].Read() ? (CsvTables.UnescapeCell(readers[i].GetString(0)), readers[i].RawRecord.ToArray()) : null,
                row =>
                {
                    output.Write(row);
                    output.Write(newline);
                },
                checkDuplicates);
        }
        finally
        {
            foreach (var r in readers)
            {
                r.Dispose();
            }
        }
    }

    private static long MergeJsonLines(IReadOnlyList<string> paths, string destination, ISet<string> duplicates)
    {
        var readers = paths.Select(p => new StreamReader(p, new UTF8Encoding(false))).ToList();
        try
        {
            using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.Read, 65536);
            var newline = "\n"u8.ToArray();
            return KWayMerge(
                readers.Count,
                i =>
                {
                    string? line;
                    do
                    {
                        line = readers[i].ReadLine();
                    }
                    while (line is { Length: 0 });
                    if (line is null)
                    {
                        return null;
                    }

                    using var json = JsonDocument.Parse(line);
                    return (json.RootElement.GetProperty("source").GetString() ?? string.Empty, Encoding.UTF8.GetBytes(line));
                },
                row =>
                {
                    output.Write(row);
                    output.Write(newline);
                },
                duplicates);
        }
        finally
        {
            foreach (var r in readers)
            {
                r.Dispose();
            }
        }
    }

    /// <summary>
    /// Writes the rows of every input in order of (source, input), so rows of one source stay together and in
    /// their order. Returns the rows written; a source met in two inputs goes into <paramref name="duplicates"/>.
    /// </summary>
    private static long KWayMerge(int inputs, Func<int, (string Key, byte[] Row)?> next, Action<byte[]> write, ISet<string>? duplicates)
    {
        var queue = new PriorityQueue<(int Input, byte[] Row), (string Key, int Input)>(
            Comparer<(string Key, int Input)>.Create((a, b) =>
            {
                var c = string.CompareOrdinal(a.Key, b.Key);
                return c != 0 ? c : a.Input.CompareTo(b.Input);
            }));
        for (var i = 0; i < inputs; i++)
        {
            if (next(i) is { } first)
            {
                queue.Enqueue((i, first.Row), (first.Key, i));
            }
        }

        long written = 0;
        string? lastKey = null;
        var lastInput = -1;
        while (queue.TryDequeue(out var item, out var priority))
        {
            if (duplicates is not null && priority.Key == lastKey && item.Input != lastInput)
            {
                duplicates.Add(priority.Key);
            }

            write(item.Row);
            written++;
            (lastKey, lastInput) = (priority.Key, item.Input);
            if (next(item.Input) is { } following)
            {
                queue.Enqueue((item.Input, following.Row), (following.Key, item.Input));
            }
        }

        return written;
    }

    private static bool StartsWithBom(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var file = File.OpenRead(path);
        return file.Read(head) == 3 && head.SequenceEqual(Bom);
    }
}
