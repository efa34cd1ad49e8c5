namespace ReportMiner.Pdf;

/// <summary>The document information dictionary (/Info): the metadata a report's producer recorded.</summary>
public sealed record PdfDocumentInfo
{
    /// <summary>/Title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>/Author, or null.</summary>
    public string? Author { get; init; }

    /// <summary>/Subject, or null.</summary>
    public string? Subject { get; init; }

    /// <summary>/Producer (the software that wrote the PDF), or null.</summary>
    public string? Producer { get; init; }

    /// <summary>/Creator (the authoring application), or null.</summary>
    public string? Creator { get; init; }

    /// <summary>/CreationDate parsed from the PDF date format, or null when absent or malformed.</summary>
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>/ModDate parsed from the PDF date format, or null when absent or malformed.</summary>
    public DateTimeOffset? ModificationDate { get; init; }
}
