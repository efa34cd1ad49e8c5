using System.Text;
using System.Text.Json;
using ReportMiner.Cli.Commands;

namespace ReportMiner.Tests.Export;

/// <summary>The JSON Lines output uses exactly the field names of the dataset format (shared/dataset-format.md).</summary>
public sealed class JsonLinesFormatTests
{
    // The names the dataset format defines, by object. Output-only fields (evidence, page, warnings) are in the format too.
    private static readonly HashSet<string> DocumentFields = ["schema", "source", "kind", "inspectorate", "published", "areas", "ratings", "case_ratios", "quotes", "score", "score_max", "warnings"];
    private static readonly HashSet<string> RatingFields = ["area", "framework", "standard", "rating", "label", "year", "evidence", "page"];
    private static readonly HashSet<string> RatioFields = ["area", "numerator", "denominator", "percent", "fraction", "standard", "evidence", "page"];
    private static readonly HashSet<string> QuoteFields = ["speaker", "role", "text", "page"];
    private static readonly HashSet<string> WarningFields = ["code", "message", "page"];

    [SeedsFact]
    public async Task ExtractJsonl_Seeds_WritesOneRecordPerDocumentWithTheFormatsFieldNames()
    {
        // Given the seed documents
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // When they are extracted as JSON Lines
        var exit = await CliApp.RunAsync(["extract", TestPaths.Seeds!, "--format", "jsonl", "--quiet", "--no-cache"], stdout, stderr);

        // Then there is one record per document and every name is one the format defines
        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(TestPaths.Seeds!, "*.txt").Length, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            AssertNames(root, DocumentFields);
            Assert.Equal("reportminer/1", root.GetProperty("schema").GetString());
            AssertItems(root, "ratings", RatingFields);
            AssertItems(root, "case_ratios", RatioFields);
            AssertItems(root, "quotes", QuoteFields);
            AssertItems(root, "warnings", WarningFields);
        }

        Assert.Contains(lines, l => l.Contains("\"ratings\":[{", StringComparison.Ordinal));
    }

    private static void AssertItems(JsonElement root, string name, HashSet<string> allowed)
    {
        foreach (var item in root.GetProperty(name).EnumerateArray())
        {
            AssertNames(item, allowed);
        }
    }

    private static void AssertNames(JsonElement element, HashSet<string> allowed)
    {
        foreach (var p in element.EnumerateObject())
        {
            Assert.True(allowed.Contains(p.Name), $"'{p.Name}' is not a field name of the dataset format");
        }
    }

    [Fact]
    public async Task ExtractJsonl_DocumentWithFindings_UsesIsoDatesAndSnakeCase()
    {
        var dir = Directory.CreateTempSubdirectory("rm-jsonl-");
        var path = Path.Combine(dir.FullName, "release.txt");
        await File.WriteAllTextAsync(path, "Publication date: 3 March 2023\n\nTrafford Youth Justice Service received an overall rating of ‘Good’ from HM Inspectorate of Probation.\n\nCase work was sufficient in 9 of the 12 cases.", Encoding.UTF8);
        var stdout = new StringWriter();

        await CliApp.RunAsync(["extract", path, "--quiet", "--no-cache"], stdout, new StringWriter());

        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("2023-03-03", json.RootElement.GetProperty("published").GetString());
        Assert.Equal(9, json.RootElement.GetProperty("case_ratios")[0].GetProperty("numerator").GetInt32());
        Assert.Equal("Good", json.RootElement.GetProperty("ratings")[0].GetProperty("rating").GetString());
    }
}
