using System.Text;
using ReportMiner.Cli.Commands;

namespace ReportMiner.Tests.Cli;

/// <summary>Runs the command line in-process and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CliRun> RunAsync(string[] args, string? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, new StringReader(stdin ?? string.Empty), stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("reportminer-test-").FullName;
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = this[name];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        var path = this[name];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every file below <paramref name="folder"/> (except the cache) by relative path, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".reportminer-cache", StringComparison.Ordinal))
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder does no harm.
        }
    }
}

/// <summary>A folder of documents good and bad, as a bulk run meets them.</summary>
internal static class MixedCorpus
{
    public static readonly string PdfFixtures = System.IO.Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportMiner.Pdf.Tests", "Fixtures");

    /// <summary>A text report with a 2018-framework ratings table: court 2.1 and out-of-court 3.1 are both "Assessment".</summary>
    public const string RatingsReport = """
        An inspection of youth justice services in Salford
        HM Inspectorate of Probation
        Publication date: 12 March 2024

        Ratings

        Salford Youth Justice Service
        Overall rating
        Good
        2. Court disposals
        2.1 Assessment Requires improvement
        2.2 Planning Good
        3. Out-of-court disposals
        3.1 Assessment Good
        3.2 Planning Requires improvement

        Inspection of youth justice services: Salford
        """;

    public const string HtmlReport = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Inspection of youth justice services: Medway</title></head>
        <body><main>
        <h1>An inspection of youth justice services in Medway</h1>
        <p>HM Inspectorate of Probation. Published 4 June 2019.</p>
        <p>We found that 17 out of the 18 relevant cases had a good assessment.</p>
        </main></body></html>
        """;

    /// <summary>The good documents (names), written into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> WriteGood(TempFolder folder)
    {
        File.Copy(System.IO.Path.Combine(PdfFixtures, "text", "lo-report.pdf"), folder["lo-report.pdf"]);
        File.Copy(System.IO.Path.Combine(PdfFixtures, "text", "gs-report.pdf"), folder["reports/gs-report.pdf"].EnsureParent());
        folder.Write("salford.txt", RatingsReport);
        folder.Write("reports/medway.html", HtmlReport);
        folder.Write("notes.txt", "A short note about Northbridge youth justice services.\n");
        return ["lo-report.pdf", "notes.txt", "reports/gs-report.pdf", "reports/medway.html", "salford.txt"];
    }

    /// <summary>The bad documents (name → expected stage and error type), written into <paramref name="folder"/>.</summary>
    public static IReadOnlyDictionary<string, (string Stage, string ErrorType)> WriteBad(TempFolder folder)
    {
        folder.Write("empty.txt", []);
        var pdf = File.ReadAllBytes(System.IO.Path.Combine(PdfFixtures, "text", "lo-report.pdf"));
        folder.Write("truncated.pdf", pdf[..2000]);
        File.Copy(System.IO.Path.Combine(PdfFixtures, "objects", "aes-256-user-password.pdf"), folder["encrypted.pdf"]);
        var binary = new byte[4096];
        new Random(8).NextBytes(binary);
        binary[0] = 0x89;
        folder.Write("image.bin", binary);

        // Tests run as root, where chmod 000 does not stop reading; a dangling symlink cannot be read by anyone.
        File.CreateSymbolicLink(folder["dangling.pdf"], folder["no-such-target.pdf"]);
        return new Dictionary<string, (string, string)>
        {
            ["empty.txt"] = ("load", "UnsupportedFormatException"),
            ["truncated.pdf"] = ("load", "DocumentLoadException"),
            ["encrypted.pdf"] = ("load", "EncryptedDocumentException"),
            ["image.bin"] = ("load", "UnsupportedFormatException"),
            ["dangling.pdf"] = ("read", "DocumentLoadException"),
        };
    }

    private static string EnsureParent(this string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }
}
