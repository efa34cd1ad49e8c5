namespace ReportMiner.Documents;

/// <summary>What a format says about a document besides its text: a PDF's info dictionary, an HTML page's head.</summary>
public sealed record DocumentMetadata
{
    /// <summary>No metadata.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The title, where the format states one.</summary>
    public string? Title { get; init; }

    /// <summary>A publication date the format states (HTML <c>article:published_time</c>, gov.uk first-published), where present.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The number of pages, for paged formats.</summary>
    public int? PageCount { get; init; }

    /// <summary>The software that produced the file, where stated.</summary>
    public string? Producer { get; init; }
}
