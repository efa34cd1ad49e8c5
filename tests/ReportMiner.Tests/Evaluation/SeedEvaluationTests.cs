using ReportMiner.Evaluation;

namespace ReportMiner.Tests.Evaluation;

/// <summary>The four real seed documents, scored against their hand-checked gold: the bar the foundation set.</summary>
public sealed class SeedEvaluationTests
{
    [SeedsFact]
    public async Task Evaluate_Seeds_MeetsTheFoundationBar()
    {
        // Given the seed documents and their gold files
        var extractor = ReportExtractor.Create();

        // When they are evaluated
        var result = await new CorpusEvaluator(extractor).EvaluateAsync(TestPaths.Seeds!);

        // Then areas and ratings are exact, case ratios and quotes at least 0.90
        var r = result.Overall;
        var misses = string.Join("\n", r.Differences.Select(d => $"{d.Kind} {d.Field} {d.Document}: {d.Description}"));
        Assert.Equal(4, r.Documents);
        Assert.True(r.Fields["areas"].F1 >= 0.999, $"areas F1 {r.Fields["areas"].F1:0.000}\n{misses}");
        Assert.True(r.Fields["ratings"].F1 >= 0.999, $"ratings F1 {r.Fields["ratings"].F1:0.000}\n{misses}");
        Assert.True(r.Fields["case_ratios"].F1 >= 0.90, $"case ratios F1 {r.Fields["case_ratios"].F1:0.000}\n{misses}");
        Assert.True(r.Fields["quotes"].F1 >= 0.90, $"quotes F1 {r.Fields["quotes"].F1:0.000}\n{misses}");
    }
}
