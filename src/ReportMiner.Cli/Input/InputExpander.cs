using System.Text.RegularExpressions;

namespace ReportMiner.Cli.Input;

/// <summary>
/// Turns the paths a user gives into the files to read: a file is itself (whatever its type, so a bad file is
/// reported rather than skipped); a folder gives every file below it except gold, JSON, CSV, Markdown, scripts
/// and dot-files; a glob (<c>*</c>, <c>?</c>, <c>**</c>) gives the files it matches. The result is sorted by
/// path and has no duplicates, so runs are deterministic.
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
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 }))
                {
                    if (IsDocumentCandidate(f))
                    {
                        files.Add(f);
                    }
                }
            }
            else if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var before = files.Count;
                foreach (var f in Glob(path))
                {
                    files.Add(f);
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

        return (files.ToList(), unmatched);
    }

    private static bool IsDocumentCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.')
            && !name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase)
            && !SkippedInFolders.Contains(Path.GetExtension(name))
            && !path.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" || (p.StartsWith('.') && p.Length > 1 && p != ".."));
    }

    private static IEnumerable<string> Glob(string pattern)
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
                yield return slash < 0 ? relative : f;
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
