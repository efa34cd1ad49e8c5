namespace ReportMiner.Records;

/// <summary>The values of <see cref="ReportRecord.Kind"/> that the dataset format defines.</summary>
public static class DocumentKinds
{
    /// <summary>An inspection report (including a report sent as a letter).</summary>
    public const string InspectionReport = "inspection-report";

    /// <summary>A press release.</summary>
    public const string PressRelease = "press-release";

    /// <summary>A web page summarising one inspection.</summary>
    public const string InspectionPage = "inspection-page";

    /// <summary>An annual report.</summary>
    public const string AnnualReport = "annual-report";

    /// <summary>A news or trade-press article.</summary>
    public const string NewsArticle = "news-article";

    /// <summary>Anything else (a council committee paper, a letter).</summary>
    public const string Other = "other";

    /// <summary>All kinds, in the format's order.</summary>
    public static IReadOnlyList<string> All { get; } = [InspectionReport, PressRelease, InspectionPage, AnnualReport, NewsArticle, Other];
}
