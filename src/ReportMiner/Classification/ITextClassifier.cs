namespace ReportMiner.Classification;

/// <summary>
/// A trained text classifier: given a piece of text and its context, the most likely label with its
/// probability, or an abstention. Any engine can stand behind it.
/// </summary>
public interface ITextClassifier
{
    /// <summary>The labels the classifier can give.</summary>
    IReadOnlyList<string> Labels { get; }

    /// <summary>Classifies <paramref name="input"/>.</summary>
    Prediction Predict(ClassifierInput input);

    /// <summary>
    /// Classifies <paramref name="input"/> choosing only among the labels <paramref name="allowed"/> accepts (the
    /// labels of the document's framework, say), with probabilities renormalised over them. The default asks
    /// <see cref="Predict"/> and abstains when its answer is not allowed.
    /// </summary>
    Prediction PredictAmong(ClassifierInput input, Func<string, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var p = Predict(input);
        return p.Label is not null && allowed(p.Label) ? p : new Prediction(null, 0);
    }
}

/// <summary>What a classifier reads: the text and its context.</summary>
/// <param name="Text">The sentence or quotation.</param>
/// <param name="Heading">The enclosing section heading, where there is one.</param>
/// <param name="BlockKind">The kind of block the text stands in.</param>
/// <param name="Context">Nearby text (the sentences before and after).</param>
public sealed record ClassifierInput(string Text, string? Heading = null, string? BlockKind = null, string? Context = null);

/// <summary>A classifier's answer.</summary>
/// <param name="Label">The most likely label, or null where the classifier abstains.</param>
/// <param name="Probability">Its calibrated probability.</param>
public sealed record Prediction(string? Label, double Probability)
{
    /// <summary>Whether the classifier gave no answer (its confidence was below its threshold).</summary>
    public bool Abstained => Label is null;
}
