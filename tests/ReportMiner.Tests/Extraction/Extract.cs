using System.Text;
using ReportMiner.Records;

namespace ReportMiner.Tests.Extraction;

/// <summary>Runs the default pipeline (rules alone) over text written for a test.</summary>
internal static class Extract
{
    private static readonly ReportExtractor Rules = ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = false });

    public static ReportRecord FromText(string text, string name = "document.txt") =>
        Rules.Extract(Encoding.UTF8.GetBytes(text), name);
}
