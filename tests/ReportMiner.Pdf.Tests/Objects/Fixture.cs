namespace ReportMiner.Pdf.Tests.Objects;

/// <summary>Finds the committed object-layer fixtures in the source tree (they are not copied to the output folder).</summary>
internal static class Fixture
{
    private static readonly Lazy<string> Directory = new(FindDirectory);

    public static string PathOf(string name) => System.IO.Path.Combine(Directory.Value, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "ReportMiner.Pdf.Tests", "Fixtures", "objects");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }

            candidate = System.IO.Path.Combine(dir.FullName, "Fixtures", "objects");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/ReportMiner.Pdf.Tests/Fixtures/objects was not found above " + AppContext.BaseDirectory);
    }
}
