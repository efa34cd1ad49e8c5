namespace ReportMiner.Classification;

/// <summary>
/// How the shipped models are made: which examples each is trained on (its hand-labelled file
/// <c>Training/NAME.tsv</c> plus what <see cref="CorpusTrainingData"/> recovers from a corpus) and with which
/// options. <c>reportminer train</c> and the benchmarks go through here.
/// </summary>
public static class ModelTraining
{
    /// <summary>The examples for model <paramref name="name"/>: the hand-labelled file in <paramref name="trainingFolder"/>, then the corpus's.</summary>
    /// <exception cref="ModelException">The hand-labelled file is malformed.</exception>
    /// <exception cref="FileNotFoundException">The hand-labelled file is missing.</exception>
    public static IReadOnlyList<LabelledExample> ExamplesFor(string name, string trainingFolder, IEnumerable<CorpusExamples>? corpora = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(trainingFolder);
        var examples = new List<LabelledExample>(TrainingData.ReadTsv(Path.Combine(trainingFolder, name + ".tsv")));
        foreach (var corpus in corpora ?? [])
        {
            examples.AddRange(corpus.For(name));
        }

        return examples;
    }

    /// <summary>The trainer options for model <paramref name="name"/>.</summary>
    public static TrainerOptions OptionsFor(string name) => name switch
    {
        // Many labels and few examples of each: abstain sooner than the two small models.
        ClassifierModels.StandardAttribution => TrainerOptions.Default with { AbstainThreshold = 0.4 },
        // Whose words a quotation is shows more in the words around it ("said the council") than in its own.
        ClassifierModels.QuotationScope => TrainerOptions.Default with { Features = FeatureOptions.Default with { ContextWeight = 1.5f, CharWeight = 0.5f } },
        _ => TrainerOptions.Default,
    };
}
