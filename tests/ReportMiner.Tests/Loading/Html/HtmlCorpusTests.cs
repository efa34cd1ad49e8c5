using System.Text.Json;
using System.Text.RegularExpressions;
using ReportMiner.Documents;
using ReportMiner.Loading.Html;

namespace ReportMiner.Tests.Loading.Html;

/// <summary>Every page of <c>corpus/dev/html</c> (and the text copies in <c>corpus/dev/pairs</c>) loads without its chrome and with
/// every quote and case-ratio evidence of its gold intact in the text.</summary>
public partial class HtmlCorpusTests
{
    /// <summary>Phrases that stand only in the fixtures' chrome (cookie banners, skip links, footers, sidebars).</summary>
    private static readonly string[] ChromePhrases =
    [
        "cookie", "Skip to main content", "Crown copyright", "All rights reserved", "newsletter", "Most read",
        "Related content", "Is this page useful", "Share on", "Privacy", "Modern.Gov", "Latest inspections",
        "Find your councillor", "Give feedback on care", "Our inspection programme covers", "Services rated Good",
    ];

    public static TheoryData<string> HtmlPages() => Files("html", "*.html");

    public static TheoryData<string> Pairs() => Files("pairs", "*.txt");

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public void Load_CorpusPage_NoChromePhraseInText(string name)
    {
        // Given
        var document = LoadCorpus("html", name);

        // When
        var leaked = ChromePhrases.Where(p => document.Text.Contains(p, StringComparison.OrdinalIgnoreCase)).ToArray();

        // Then
        Assert.Empty(leaked);
        Assert.NotEmpty(document.Blocks);
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public void Load_CorpusPage_GoldQuotesAndEvidenceInText(string name)
    {
        // Given
        var document = LoadCorpus("html", name);
        var gold = ReadGold("html", name);

        // When
        var text = Fold(document.Text);

        // Then
        Assert.All(GoldSnippets(gold), snippet => Assert.Contains(Fold(snippet), text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public void Load_CorpusPage_MetadataAgreesWithGold(string name)
    {
        // Given
        var gold = ReadGold("html", name);

        // When
        var document = LoadCorpus("html", name);

        // Then
        Assert.False(string.IsNullOrWhiteSpace(document.Metadata.Title));
        if (document.Metadata.Published is { } published)
        {
            Assert.Equal(gold.RootElement.GetProperty("published").GetString(), published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Load_Cp1252CorpusPage_SmartQuotesAndPoundDecoded()
    {
        // Given
        const string name = "cp1252-council-news-greyhaven-2019.html";

        // When
        var document = LoadCorpus("html", name);

        // Then
        Assert.Contains("\u2018Requires improvement to be good\u2019", document.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains("\u00A32.4 million", document.Text, StringComparison.Ordinal);
        Assert.Contains("\u00A3650,000 over two years \u2013 will", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Pair_TextAndHtml_BothHoldGoldQuotesAndEvidence(string name)
    {
        // Given
        var stem = Path.GetFileNameWithoutExtension(name);
        var html = LoadCorpus("html", stem + ".html");
        var text = File.ReadAllText(Path.Combine(CorpusDir("pairs"), name));
        var gold = ReadGold("pairs", stem + ".html");

        // When
        var foldedHtml = Fold(html.Text);
        var foldedText = Fold(text);

        // Then
        Assert.All(GoldSnippets(gold), snippet =>
        {
            Assert.Contains(Fold(snippet), foldedHtml, StringComparison.Ordinal);
            Assert.Contains(Fold(snippet), foldedText, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<string> GoldSnippets(JsonDocument gold)
    {
        foreach (var quote in gold.RootElement.GetProperty("quotes").EnumerateArray())
        {
            // A quote over several paragraphs is one gold quote joined by blank lines; each paragraph reopens the marks.
            foreach (var paragraph in quote.GetProperty("text").GetString()!.Split("\n\n"))
            {
                yield return paragraph;
            }
        }

        foreach (var ratio in gold.RootElement.GetProperty("case_ratios").EnumerateArray())
        {
            yield return ratio.GetProperty("evidence").GetString()!;
        }
    }

    private static ReportDocument LoadCorpus(string folder, string name) =>
        new HtmlLoader().Load(File.ReadAllBytes(Path.Combine(CorpusDir(folder), name)), new DocumentSource(name));

    private static JsonDocument ReadGold(string folder, string htmlName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusDir(folder), Path.ChangeExtension(htmlName, ".gold.json"))));

    private static string Fold(string text) => Spaces().Replace(text, " ").Trim();

    private static TheoryData<string> Files(string folder, string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(CorpusDir(folder), pattern).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static string CorpusDir(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus", "dev", folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"corpus/dev/{folder} not found above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
