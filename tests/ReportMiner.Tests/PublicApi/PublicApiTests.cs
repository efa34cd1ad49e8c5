using System.Reflection;
using System.Text;
using ReportMiner.Pdf;

namespace ReportMiner.Tests.PublicApi;

/// <summary>
/// The public API of the two packages is recorded in <c>NAME.PublicApi.txt</c> beside this file. A change to it fails
/// here with a diff and writes the new listing to <c>NAME.PublicApi.received.txt</c>; if the change is meant, copy
/// the received file over the committed one (README, "Changing the public API").
/// </summary>
[Trait("Category", "PublicApi")]
public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies => new() { "ReportMiner", "ReportMiner.Pdf" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicApiMatchesTheCommittedListing(string name)
    {
        var assembly = Load(name);
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportMiner.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, $"{name}.PublicApi.txt");
        var receivedPath = Path.Combine(folder, $"{name}.PublicApi.received.txt");

        var received = PublicApiListing.Generate(assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        var accept = $"If the change is meant, accept it:\n  cp {Relative(receivedPath)} {Relative(approvedPath)}";
        Assert.Fail(approved is null
            ? $"{Relative(approvedPath)} does not exist; the listing was written to {Relative(receivedPath)}.\n{accept}"
            : $"The public API of {name} changed ('-' committed, '+' now):\n{Diff(approved, received)}\nThe new listing is in {Relative(receivedPath)}.\n{accept}");
    }

    [Fact]
    public void ListingIsStableAndSorted()
    {
        var assembly = typeof(ReportExtractor).Assembly;
        var first = PublicApiListing.Generate(assembly);
        Assert.Equal(first, PublicApiListing.Generate(assembly));
        var headers = first.Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith(' ')).ToList();
        Assert.Contains(headers, h => h.StartsWith("public sealed class ReportMiner.ReportExtractor", StringComparison.Ordinal));
        Assert.Contains("    public static ReportMiner.ReportExtractor Create(ReportMiner.ReportExtractorOptions? options = null)", first, StringComparison.Ordinal);
        Assert.Contains("    public required string Area { get; init; }", first, StringComparison.Ordinal);
    }

    private static Assembly Load(string name) => name switch
    {
        "ReportMiner" => typeof(ReportExtractor).Assembly,
        "ReportMiner.Pdf" => typeof(PdfDocument).Assembly,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a packaged assembly"),
    };

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.RepositoryRoot, path);

    /// <summary>
    /// The lines only in one listing, each under the type it belongs to. Listings are sorted, so a set difference
    /// by line (with the owning type as context) reads as a diff.
    /// </summary>
    internal static string Diff(string approved, string received)
    {
        var before = Qualified(approved);
        var after = Qualified(received);
        var removed = Subtract(before, after);
        var added = Subtract(after, before);
        var lines = removed.Select(l => (l.Type, l.Line, Sign: '-'))
            .Concat(added.Select(l => (l.Type, l.Line, Sign: '+')))
            .OrderBy(l => l.Type, StringComparer.Ordinal)
            .ThenBy(l => l.Line == l.Type ? 0 : 1)
            .ThenBy(l => l.Line.TrimStart(), StringComparer.Ordinal)
            .ThenBy(l => l.Sign);
        var text = new StringBuilder();
        string? type = null;
        foreach (var (owner, line, sign) in lines)
        {
            if (owner != type)
            {
                if (owner != line)
                {
                    text.Append("  ").Append(owner).Append('\n');
                }

                type = owner;
            }

            text.Append(sign).Append(' ').Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static List<(string Type, string Line)> Qualified(string listing)
    {
        var result = new List<(string, string)>();
        var type = "";
        foreach (var line in listing.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith(' '))
            {
                type = line;
            }

            result.Add((type, line));
        }

        return result;
    }

    private static List<(string Type, string Line)> Subtract(List<(string Type, string Line)> from, List<(string Type, string Line)> remove)
    {
        var counts = remove.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<(string, string)>();
        foreach (var item in from)
        {
            if (counts.TryGetValue(item, out var n) && n > 0)
            {
                counts[item] = n - 1;
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }
}
