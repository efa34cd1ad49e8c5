using System.Text.Json;
using ReportMiner.Evaluation;

namespace ReportMiner.Tests.Corpus;

/// <summary>Accuracy on the sample corpus never falls below the floors recorded in tests/accuracy-floor.json.</summary>
public sealed class AccuracyFloorTests
{
    [Fact]
    public async Task Evaluate_Corpus_StaysAtOrAboveTheRecordedFloors()
    {
        // Given the recorded floors
        using var floors = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "tests", "accuracy-floor.json")));

        // When the corpus is evaluated with the default extractor
        var result = await new CorpusEvaluator(ReportExtractor.Create()).EvaluateAsync(TestPaths.Corpus);

        // Then no field of any recorded split falls below its floor
        var failures = new List<string>();
        foreach (var split in floors.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            var report = split.Name == "overall" ? result.Overall : result.Splits[split.Name];
            foreach (var field in split.Value.EnumerateObject())
            {
                var f1 = report.Fields[field.Name].F1;
                if (f1 < field.Value.GetDouble())
                {
                    failures.Add($"{split.Name} {field.Name}: F1 {f1:0.0000} is below the floor {field.Value.GetDouble():0.00}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
