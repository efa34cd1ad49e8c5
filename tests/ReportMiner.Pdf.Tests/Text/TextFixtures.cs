namespace ReportMiner.Pdf.Tests.Text;

/// <summary>Locates the committed text-layer fixture PDFs (Fixtures/text) from the test's output directory.</summary>
internal static class TextFixtures
{
    private static readonly Lazy<string> DirectoryLazy = new(Find);

    public static string Directory => DirectoryLazy.Value;

    /// <summary>Every fixture PDF's file name, sorted.</summary>
    public static IEnumerable<string> All() =>
        System.IO.Directory.GetFiles(Directory, "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static byte[] Read(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>Whether the fixture contains a ratings table (the oracle compares those order-insensitively).</summary>
    public static bool HasTable(string name) => name.Contains("report", StringComparison.Ordinal) && !name.StartsWith("enscript", StringComparison.Ordinal)
        || name.Contains("long", StringComparison.Ordinal);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ReportMiner.Pdf.Tests", "Fixtures", "text");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("tests/ReportMiner.Pdf.Tests/Fixtures/text not found above " + AppContext.BaseDirectory);
    }
}
