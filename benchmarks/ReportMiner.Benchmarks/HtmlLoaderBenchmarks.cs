using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ReportMiner.Documents;
using ReportMiner.Loading.Html;

namespace ReportMiner.Benchmarks;

/// <summary>
/// Loads a typical inspection page of about 100 kB: the Brackenford inspection page from corpus/dev/html with
/// its article content repeated until the page reaches that size, chrome and all. Target: under 20 ms a page.
/// </summary>
[MemoryDiagnoser]
public partial class HtmlLoaderBenchmarks
{
    private const string Fixture = "inspection-page-brackenford-2021.html";
    private const int TargetBytes = 100_000;

    private readonly HtmlLoader _loader = new();
    private readonly DocumentSource _source = new(Fixture);
    private byte[] _page = [];

    /// <summary>Builds the page in memory so that disk is not measured.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var html = File.ReadAllText(FindFixture(), Encoding.UTF8);
        var content = ArticleContent().Match(html);
        if (!content.Success)
        {
            throw new InvalidOperationException($"{Fixture} has no entry-content section to repeat");
        }

        var repeated = new StringBuilder(content.Value);
        while (html.Length + repeated.Length < TargetBytes)
        {
            repeated.Append(content.Value);
        }

        _page = Encoding.UTF8.GetBytes(html.Replace(content.Value, repeated.ToString(), StringComparison.Ordinal));
    }

    /// <summary>Decodes, parses, finds the main content, reads metadata and builds blocks.</summary>
    [Benchmark]
    public ReportDocument LoadTypicalPage() => _loader.Load(_page, _source);

    private static string FindFixture()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus", "dev", "html", Fixture);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"corpus/dev/html/{Fixture} not found above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("<div class=\"entry-content\">.*?</div>(?=\\s*<footer)", RegexOptions.Singleline)]
    private static partial Regex ArticleContent();
}
