using ReportMiner.Evaluation;

namespace ReportMiner.Tests.Corpus;

/// <summary>
/// Fixture sets written to exercise one part of the pipeline are read exactly: every item of every gold file is
/// extracted and nothing else is.
/// </summary>
public sealed class FixtureSetAccuracyTests
{
    [Theory]
    [InlineData("dev/html")]
    public async Task Evaluate_FixtureSet_HasPrecisionAndRecallOfOne(string folder)
    {
        // Given a fixture set and its gold files
        var root = Path.Combine(TestPaths.Corpus, folder);

        // When it is evaluated with the default extractor
        var result = await new CorpusEvaluator(ReportExtractor.Create()).EvaluateAsync(root);

        // Then every field is read with precision and recall of 1, and each miss is named
        Assert.True(result.Overall.Documents > 0, $"no documents under {root}");
        var misses = result.Overall.Differences
            .Where(d => EvaluationReport.ListFields.Contains(d.Field))
            .Select(d => d.ToString())
            .ToList();
        foreach (var field in EvaluationReport.ListFields)
        {
            var score = result.Overall.Fields[field];
            Assert.True(score.Precision == 1 && score.Recall == 1, $"{folder} {field}: P {score.Precision:0.000} R {score.Recall:0.000}\n{string.Join("\n", misses)}");
        }

        Assert.Equal(1.0, result.Overall.Framework.Agreed / (double)Math.Max(1, result.Overall.Framework.Total), 3);
    }
}
