using ReportMiner.Documents;
using ReportMiner.Records;

namespace ReportMiner.Tests.Export;

/// <summary>Records written by hand, with every field used and awkward values.</summary>
internal static class SampleRecords
{
    public static ReportRecord Full(string source = "reports/salford-2024.pdf") => new()
    {
        Source = source,
        Kind = DocumentKinds.InspectionReport,
        Inspectorate = "HMI Probation",
        Published = new DateOnly(2024, 3, 12),
        Areas = ["Salford", "Trafford"],
        Ratings =
        [
            new Rating { Area = "Salford", Framework = "hmip-youth-2018", Standard = "2.1", Value = "Requires improvement", Label = "Assessment", Evidence = new Evidence("2.1 Assessment Requires improvement", new SourceSpan(120, 35, 3)) },
            new Rating { Area = "Salford", Framework = "hmip-youth-2018", Standard = "3.1", Value = "Good", Label = "Assessment", Evidence = new Evidence("3.1 Assessment Good", new SourceSpan(200, 19, 3)) },
            new Rating { Area = "Salford", Framework = "hmip-youth-2018", Standard = "overall", Value = "Good" },
            new Rating { Area = "Trafford", Framework = "hmip-youth-fji", Standard = null, Value = "Satisfactory", Year = 2012, Evidence = new Evidence("=SUM(A1:A9) was satisfactory", new SourceSpan(5, 10)) },
        ],
        CaseRatios =
        [
            new CaseRatio { Area = "Salford", Numerator = 17, Denominator = 18, Standard = "2.1", Evidence = new Evidence("+17 out of the 18 relevant cases", new SourceSpan(300, 30, 4)) },
            new CaseRatio { Percent = 33.333333333333336, Evidence = new Evidence("a third — 33.3 per cent — of cases", new SourceSpan(400, 20)) },
            new CaseRatio { Area = "Trafford", Fraction = 0.5, Evidence = new Evidence("-half of the cases", new SourceSpan(500, 18, 5)) },
        ],
        Quotes =
        [
            new Quote { Speaker = "Justin Russell", Role = "Chief Inspector of Probation", Text = "@everyone \"should\" read this, line one\n\nline two", Evidence = new Evidence("“@everyone…”", new SourceSpan(600, 40, 6)) },
            new Quote { Speaker = "inspector", Text = "=HYPERLINK(\"http://x\")" },
        ],
        Score = 20,
        ScoreMax = 36,
        Warnings = [new ReportWarning("score-mismatch", "-the score 20/36 does not match the grades", 2), new ReportWarning("pdf-no-text", "no text")],
    };

    public static ReportRecord Minimal(string source) => new() { Source = source };
}
