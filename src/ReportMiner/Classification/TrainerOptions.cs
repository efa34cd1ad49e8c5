namespace ReportMiner.Classification;

/// <summary>A piece of text with the label a person gave it.</summary>
/// <param name="Input">The text and its context.</param>
/// <param name="Label">The correct label.</param>
public sealed record LabelledExample(ClassifierInput Input, string Label)
{
    /// <summary>
    /// Where the example comes from (a document's path), or null for a stand-alone example. Cross-validation keeps
    /// the examples of one group in one fold, so that near-identical sentences of one document never sit on both
    /// sides of a split. Default: null.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>
    /// The answer the model's user wants for this example where it is not the label itself (the label the model is
    /// trained on stands for several answers, one chosen by rules where the model is used), or null: the label. Cross-
    /// validation given a resolver scores the resolved prediction against it. Default: null.
    /// </summary>
    public string? Answer { get; init; }

    /// <summary>
    /// What decides the labels the example may be given where the model is used, where its label does not: for a
    /// standard-attribution example labelled <c>any/none</c> from a corpus document, the id of the framework the
    /// extractor takes the document to be in (empty: none). Null: unknown. Default: null.
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>
    /// Where a label stands for a different answer in each document (a standard taken as printed, named by what it is:
    /// see <c>StandardLabels.ConceptLabel</c>), the answer each such label stands for in the example's document. Null:
    /// none. Default: null.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Printed { get; init; }

    /// <summary>Whether a person wrote and labelled the example (a line of <c>Training/NAME.tsv</c>), rather than it being recovered from corpus gold. Default: false.</summary>
    public bool HandLabelled { get; init; }
}

/// <summary>
/// How <see cref="ClassifierTrainer"/> trains: the features, the optimiser (mini-batch AdaGrad over a fixed number
/// of epochs, shuffled by a seeded generator of our own, so the same examples always give the same model bytes),
/// the L2 penalty, the held-out share used to fit the softmax temperature, and the abstain threshold. Immutable;
/// change with <c>with</c>.
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>The defaults given on each property.</summary>
    public static TrainerOptions Default { get; } = new();

    /// <summary>How the text is read. Default: <see cref="FeatureOptions.Default"/>.</summary>
    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    /// <summary>Passes over the examples. Default: 40.</summary>
    public int Epochs { get; init; } = 40;

    /// <summary>Examples per gradient step. Default: 8.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>AdaGrad's base step size. Default: 0.5.</summary>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>The L2 penalty on weights (not on biases), per example. Default: 0.0001.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>The seed of the shuffling generator. Default: 20240601.</summary>
    public ulong Seed { get; init; } = 20240601;

    /// <summary>
    /// One example in this many (per label) is held out to fit the softmax temperature before the final model
    /// is trained on every example. 0 skips calibration (temperature 1). Default: 5.
    /// </summary>
    public int CalibrationFold { get; init; } = 5;

    /// <summary>A prediction below this calibrated probability is an abstention. Default: 0.5.</summary>
    public double AbstainThreshold { get; init; } = 0.5;

    /// <summary>
    /// Whether labels named <c>group/label</c> also share weights per group (so that what marks a framework is learnt
    /// from all its standards' examples). Default: true.
    /// </summary>
    public bool GroupLabels { get; init; } = true;

    /// <summary>
    /// Where <see cref="GroupLabels"/> is set, the group each label shares weights with (null: none), in place of its
    /// prefix before <c>/</c>; a group of one label is dropped. Default: null (the prefix).
    /// </summary>
    public Func<string, string?>? LabelGroup { get; init; }

    /// <summary>Store weights as IEEE half-precision numbers (half the size; the trained weights are rounded before calibration). Default: true.</summary>
    public bool HalfPrecision { get; init; } = true;

    /// <summary>Throws where a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Features);
        Features.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate);
        ArgumentOutOfRangeException.ThrowIfNegative(L2);
        ArgumentOutOfRangeException.ThrowIfNegative(CalibrationFold);
        ArgumentOutOfRangeException.ThrowIfEqual(CalibrationFold, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(AbstainThreshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(AbstainThreshold, 1);
    }
}

/// <summary>The outcome of k-fold cross-validation.</summary>
/// <param name="Folds">The number of folds.</param>
/// <param name="Correct">Held-out examples whose most likely label was right.</param>
/// <param name="Total">Held-out examples.</param>
/// <param name="FoldAccuracies">The accuracy of each fold.</param>
/// <param name="Abstained">Held-out examples on which the model (calibrated, with its threshold) would abstain.</param>
/// <param name="CorrectAnswered">Of the examples it would answer, how many it got right.</param>
/// <param name="Mistakes">Every held-out example whose most likely label was wrong.</param>
public sealed record CrossValidationResult(int Folds, int Correct, int Total, IReadOnlyList<double> FoldAccuracies, int Abstained, int CorrectAnswered, IReadOnlyList<CrossValidationMistake> Mistakes)
{
    /// <summary>The share of held-out examples whose most likely label was right.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>The share right among those the model answers (does not abstain on).</summary>
    public double AnsweredAccuracy => Total - Abstained == 0 ? 0 : (double)CorrectAnswered / (Total - Abstained);
}

/// <summary>A held-out example the model got wrong in cross-validation.</summary>
/// <param name="Example">The example.</param>
/// <param name="Predicted">The label the model gave.</param>
/// <param name="Probability">Its calibrated probability.</param>
public sealed record CrossValidationMistake(LabelledExample Example, string Predicted, double Probability);
