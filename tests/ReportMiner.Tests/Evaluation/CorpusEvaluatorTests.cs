using ReportMiner.Evaluation;
using ReportMiner.Tests.Cli;

namespace ReportMiner.Tests.Evaluation;

/// <summary>What an evaluation run does with gold files that are wrong or less precise than a day.</summary>
public sealed class CorpusEvaluatorTests
{
    private const string Document = "Swindon Youth Offending Team was inspected. Overall, the service was rated 'Good'.\n";

    private static string Gold(string source, string published) =>
        $$"""
        { "schema": "reportminer/1", "source": "{{source}}", "published": {{published}},
          "areas": ["Swindon"], "ratings": [], "case_ratios": [], "quotes": [] }
        """;

    [Fact]
    public async Task Evaluate_OneGoldFileInvalid_ScoresTheOthersAndNamesIt()
    {
        // Given two documents, one of whose gold files has a date that is no date
        using var folder = new TempFolder();
        folder.Write("a.txt", Document);
        folder.Write("a.gold.json", Gold("a.txt", "null"));
        folder.Write("b.txt", Document);
        folder.Write("b.gold.json", Gold("b.txt", "\"the tenth of June\""));

        // When the folder is evaluated
        var result = await new CorpusEvaluator(ReportExtractor.Create()).EvaluateAsync(folder.Path);

        // Then the good one is scored, and the bad one is counted and named with the reason, not scored
        Assert.Equal(1, result.Overall.Documents);
        Assert.Equal(1, result.Overall.InvalidGold);
        var invalid = Assert.Single(result.Overall.Differences, d => d.Kind == "invalid");
        Assert.Equal("b.gold.json", invalid.Document);
        Assert.Contains("the tenth of June", invalid.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCommand_InvalidGoldFile_PrintsItsNameAndExitsWithSomeFailed()
    {
        // Given a folder with a valid and an invalid gold file
        using var folder = new TempFolder();
        folder.Write("a.txt", Document);
        folder.Write("a.gold.json", Gold("a.txt", "null"));
        folder.Write("b.txt", Document);
        folder.Write("b.gold.json", "{ \"source\": ");

        // When it is evaluated on the command line
        var run = await CliRun.RunAsync(["eval", folder.Path]);

        // Then the figures are printed, the bad file is named on standard error, and the exit code says so
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 documents, 1 gold files not valid", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("b.gold.json: not scored", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2024-03\"", 1)]
    [InlineData("\"2024\"", 1)]
    [InlineData("\"2024-04\"", 0)]
    [InlineData("\"2023\"", 0)]
    public async Task Evaluate_GoldDateOfAMonthOrAYear_IsMetByAnyDayWithinIt(string published, int agreed)
    {
        // Given a document dated 12 March 2024 and a gold file that gives only a month or a year
        using var folder = new TempFolder();
        folder.Write("a.txt", "Published 12 March 2024\n\n" + Document);
        folder.Write("a.gold.json", Gold("a.txt", published));

        // When it is evaluated
        var result = await new CorpusEvaluator(ReportExtractor.Create()).EvaluateAsync(folder.Path);

        // Then the date agrees exactly when 12 March 2024 falls within the gold's month or year
        var accuracy = result.Overall.DocumentFieldAccuracy["published"];
        Assert.Equal(0, result.Overall.InvalidGold);
        Assert.Equal(1, accuracy.Total);
        Assert.Equal(agreed, accuracy.Agreed);
    }
}
