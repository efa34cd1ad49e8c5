using System.Text.RegularExpressions;

namespace ReportMiner.Cli.Input;

/// <summary>
/// Turns the paths a user gives into the files to read: a file is itself (whatever its type, so a bad file is
/// reported rather than skipped); a folder gives every file below it except gold, JSON, CSV, Markdown, scripts
/// and dot-files; a glob (<c>*</c>, <c>?</c>, <c>**</c>) gives the files it matches. The result is sorted by
/// path and has no duplicates, so runs are deterministic. Each file also has a shard key, its path relative to
/// the folder or glob base that named it, so that <c>--shard</c> puts a file in the same shard wherever the folder
/// is mounted.
/// </summary>
internal static class InputExpander
{
    private static readonly HashSet<string> SkippedInFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".jsonl", ".csv", ".md", ".sh", ".py", ".ps1", ".yml", ".yaml", ".toml", ".cs", ".csproj", ".props", ".sln",
    };

    /// <summary>The files named by <paramref name="paths"/>, and the paths that named nothing.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched) Expand(IEnumerable<string> paths)
    {
        var (files, unmatched) = Expand(paths, []);
        return (files.Select(f => f.Path).ToList(), unmatched);
    }

    /// <summary>
    /// The files named by <paramref name="paths"/> (files, folders, globs) and by <paramref name="listed"/> (lines of
    /// a <c>--from-list</c> file, each taken as a file as it stands — not expanded, even when it is missing or a
    /// folder — so that it is reported as an error row rather than dropped), sorted by path (ordinal), each with its
    /// shard key; and the <paramref name="paths"/> that named nothing.
    /// </summary>
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Unmatched) Expand(IEnumerable<string> paths, IEnumerable<string> listed)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.TryAdd(path, ShardKey(path));
            }
            else if (Directory.Exists(path))
            {
                AddFolder(files, path);
            }
            else if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var before = files.Count;
                foreach (var (f, key) in Glob(path))
                {
                    files.TryAdd(f, key);
                }

                if (files.Count == before)
                {
                    unmatched.Add(path);
                }
            }
            else
            {
                unmatched.Add(path);
            }
        }

        foreach (var path in listed)
        {
            files.TryAdd(path, ShardKey(path));
        }

        return (files.Select(kv => new InputFile(kv.Key, kv.Value)).ToList(), unmatched);
    }

    /// <summary>
    /// The paths listed in <paramref name="reader"/>, one a line (a <c>--from-list</c> file): surrounding spaces and a
    /// trailing CR are removed and blank lines skipped.
    /// </summary>
    public static IReadOnlyList<string> ReadList(TextReader reader)
    {
        var paths = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var path = line.Trim();
            if (path.Length > 0)
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    private static void AddFolder(SortedDictionary<string, string> files, string folder)
    {
        foreach (var f in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 }))
        {
            if (IsDocumentCandidate(f))
            {
                files.TryAdd(f, ShardKey(Path.GetRelativePath(folder, f)));
            }
        }
    }

    /// <summary>A path as a shard key: forward slashes, no leading <c>./</c>.</summary>
    private static string ShardKey(string path)
    {
        var key = path.Replace('\\', '/');
        while (key.StartsWith("./", StringComparison.Ordinal))
        {
            key = key[2..];
        }

        return key;
    }

    private static bool IsDocumentCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.')
            && !name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase)
            && !SkippedInFolders.Contains(Path.GetExtension(name))
            && !path.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" || (p.StartsWith('.') && p.Length > 1 && p != ".."));
    }

    private static IEnumerable<(string Path, string ShardKey)> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWild = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWild);
        var baseDir = slash < 0 ? "." : normalized[..slash];
        if (baseDir.Length == 0)
        {
            baseDir = "/";
        }

        if (!Directory.Exists(baseDir))
        {
            yield break;
        }

        var regex = new Regex("^" + GlobToRegex(slash < 0 ? normalized : normalized[(slash + 1)..]) + "$", RegexOptions.CultureInvariant);
        var recursive = normalized.Contains("**", StringComparison.Ordinal) || normalized[(slash + 1)..].Contains('/', StringComparison.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true };
        foreach (var f in Directory.EnumerateFiles(baseDir, "*", options))
        {
            var relative = Path.GetRelativePath(baseDir, f).Replace('\\', '/');
            if (regex.IsMatch(relative))
            {
                yield return (slash < 0 ? relative : f, relative);
            }
        }
    }

    private static string GlobToRegex(string glob)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                sb.Append("(?:.*/)?");
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                }
                else
                {
                    sb.Append(".*");
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }
}

/// <summary>A file to read and its shard key (its path relative to the folder or glob that named it).</summary>
/// <param name="Path">The path, as it will appear as the record's source.</param>
/// <param name="ShardKey">The path relative to the root that named it, with forward slashes.</param>
internal sealed record InputFile(string Path, string ShardKey);
