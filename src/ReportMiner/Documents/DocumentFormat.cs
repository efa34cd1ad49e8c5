namespace ReportMiner.Documents;

/// <summary>The formats ReportMiner reads.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A PDF file.</summary>
    Pdf,
}
