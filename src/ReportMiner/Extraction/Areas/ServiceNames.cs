namespace ReportMiner.Extraction.Areas;

/// <summary>
/// The words that follow a place to name its youth justice or probation service ("Hillingdon YOS", "Bolton Youth Justice
/// Service", "Sheffield PDU"), as one pattern for the readers of table cells, lists and bracketed grades.
/// </summary>
internal static class ServiceNames
{
    /// <summary>A service's name after its place, as a regular-expression alternation (no anchors, no groups to capture).</summary>
    public const string Suffix =
        @"(?:YOT|YOS|YJS|YJT|PDU|CRC|Youth\s+(?:Offending|Justice)(?:\s+(?:and\s+Prevention\s+)?(?:Service|Team|Partnership))?|Probation\s+Delivery\s+Unit)";
}
