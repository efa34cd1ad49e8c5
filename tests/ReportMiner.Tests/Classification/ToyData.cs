using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

/// <summary>Small, separable training sets for the classifier tests.</summary>
internal static class ToyData
{
    /// <summary>Three labels, each with its own words, a few sentences each.</summary>
    public static IReadOnlyList<LabelledExample> Separable()
    {
        string[][] words =
        [
            ["apple", "pear", "plum", "cherry", "orchard"],
            ["river", "lake", "stream", "harbour", "canal"],
            ["engine", "piston", "gearbox", "clutch", "exhaust"],
        ];
        string[] labels = ["fruit", "water", "motor"];
        var examples = new List<LabelledExample>();
        for (var k = 0; k < labels.Length; k++)
        {
            for (var i = 0; i < 10; i++)
            {
                var w = words[k];
                var text = $"the {w[i % 5]} and the {w[(i + 2) % 5]} were seen {i} times";
                examples.Add(new LabelledExample(new ClassifierInput(text, i % 2 == 0 ? "Findings" : null, "Paragraph"), labels[k]));
            }
        }

        return examples;
    }

    /// <summary>Options for a fast toy model: a small hash space, few epochs.</summary>
    public static TrainerOptions FastOptions { get; } = TrainerOptions.Default with
    {
        Features = FeatureOptions.Default with { HashBits = 12 },
        Epochs = 20,
    };
}
