namespace ReportMiner.Classification;

/// <summary>
/// The trained classifiers an extraction may consult. Each is optional: where one is absent, or abstains, the
/// rules decide alone.
/// </summary>
public sealed record ClassifierSet
{
    /// <summary>No classifiers: rules alone.</summary>
    public static ClassifierSet None { get; } = new();

    /// <summary>Which standard a sentence of findings is about (labels: framework/standard ids).</summary>
    public ITextClassifier? StandardAttribution { get; init; }

    /// <summary>Whose words a quotation is (inspectorate, inspected service or person, other).</summary>
    public ITextClassifier? QuotationScope { get; init; }

    /// <summary>Whether a rating sentence grades a named area, states an aggregate, or a past or planned rating.</summary>
    public ITextClassifier? RatingScope { get; init; }
}
