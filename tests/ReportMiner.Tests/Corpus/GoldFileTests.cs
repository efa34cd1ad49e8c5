using ReportMiner.Evaluation;
using ReportMiner.Frameworks;
using ReportMiner.Records;

namespace ReportMiner.Tests.Corpus;

/// <summary>Every gold file in corpus/ is valid in the dataset format: its names, ids and grades are ones the format and the frameworks define.</summary>
public sealed class GoldFileTests
{
    private static readonly HashSet<string> Inspectorates = ["HMI Probation", "Ofsted", "CQC", "HMICFRS", "Estyn", "Care Inspectorate Wales"];

    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var (gold, _) in CorpusEvaluator.FindPairs(TestPaths.Corpus))
        {
            data.Add(Path.GetRelativePath(TestPaths.Corpus, gold));
        }

        return data;
    }

    [Fact]
    public void Corpus_HasTheAgreedCoverage()
    {
        var pairs = CorpusEvaluator.FindPairs(TestPaths.Corpus);
        var documents = pairs.Where(p => p.Document is not null).Select(p => p.Document!).ToList();

        Assert.True(documents.Count >= 120, $"{documents.Count} documents with gold");
        Assert.True(documents.Count(d => d.EndsWith(".pdf", StringComparison.Ordinal)) >= 30);
        Assert.True(documents.Count(d => d.EndsWith(".html", StringComparison.Ordinal)) >= 20);
        Assert.All(pairs, p => Assert.NotNull(p.Document));
        Assert.Contains(documents, d => d.Contains($"{Path.DirectorySeparatorChar}test{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_IsValidInTheDatasetFormat(string relativePath)
    {
        // Given a gold file
        var gold = GoldRecord.Read(Path.Combine(TestPaths.Corpus, relativePath));
        var record = gold.Record;
        var catalog = FrameworkCatalog.Default;

        // Then its document fields use the format's values
        Assert.Equal(Path.GetFileName(relativePath)[..^".gold.json".Length], Path.GetFileNameWithoutExtension(record.Source));
        Assert.True(record.Kind is null || DocumentKinds.All.Contains(record.Kind), $"kind '{record.Kind}'");
        Assert.True(record.Inspectorate is null || Inspectorates.Contains(record.Inspectorate), $"inspectorate '{record.Inspectorate}'");
        Assert.All(record.Areas, a => Assert.False(string.IsNullOrWhiteSpace(a)));

        // And every rating names a known framework, one of its standards (or a slug where standards are taken as printed) and a grade of its scale
        foreach (var r in record.Ratings)
        {
            var framework = catalog.Find(r.Framework);
            Assert.True(framework is not null, $"unknown framework '{r.Framework}'");
            Assert.True(framework!.HasGrade(r.Value), $"'{r.Value}' is not on the {r.Framework} scale");
            Assert.True(
                r.Standard is null || framework.FindStandard(r.Standard) is not null || framework.OpenStandards,
                $"'{r.Standard}' is not a standard of {r.Framework}");
            Assert.Contains(record.Areas, a => string.Equals(a, r.Area, StringComparison.OrdinalIgnoreCase));
        }

        // And every case ratio states counts, a percentage or a fraction that make sense
        foreach (var c in record.CaseRatios)
        {
            var counts = c.Numerator is not null && c.Denominator is not null;
            Assert.True(counts || c.Percent is not null || c.Fraction is not null, $"ratio without a value: {c.Evidence.Text}");
            Assert.True(!counts || (c.Numerator >= 0 && c.Numerator <= c.Denominator), $"{c.Numerator}/{c.Denominator}");
            Assert.True(c.Percent is null or (>= 0 and <= 100));
            Assert.True(c.Fraction is null or (>= 0 and <= 1));
        }

        Assert.All(record.Quotes, q => Assert.False(string.IsNullOrWhiteSpace(q.Text) || string.IsNullOrWhiteSpace(q.Speaker)));
    }
}
