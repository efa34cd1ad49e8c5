namespace ReportMiner.Classification;

/// <summary>The names of the models ReportMiner ships, as used for their training files and resources.</summary>
public static class ClassifierModels
{
    /// <summary>Which standard a sentence of findings evidences. Labels: <c>framework/standard</c>, or <c>any/none</c>.</summary>
    public const string StandardAttribution = "standard-attribution";

    /// <summary>Whose words a quotation is. Labels: <c>inspectorate</c>, <c>inspected-service</c>, <c>other</c>.</summary>
    public const string QuotationScope = "quotation-scope";

    /// <summary>What a sentence with a grade in it states. Labels: <c>area-grade</c>, <c>aggregate</c>, <c>past-or-planned</c>.</summary>
    public const string RatingScope = "rating-scope";

    /// <summary>Every model name, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [StandardAttribution, QuotationScope, RatingScope];
}
