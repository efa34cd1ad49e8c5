using System.Diagnostics;

namespace ReportMiner.Pdf.Tests.Text;

/// <summary>Runs poppler's pdftotext (plain mode), the reference extractor of the oracle tests.</summary>
internal static class Pdftotext
{
    private static readonly Lazy<bool> AvailableLazy = new(() =>
    {
        try
        {
            return Run("-v", out _) is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static bool IsAvailable => AvailableLazy.Value;

    /// <summary>The text pdftotext extracts from <paramref name="path"/>.</summary>
    public static string Extract(string path) =>
        Run(path + "\u0001-", out var stdout) is 0 ? stdout : throw new InvalidOperationException("pdftotext failed on " + path);

    private static int? Run(string args, out string stdout)
    {
        var psi = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args.Split('\u0001'))
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var errTask = p.StandardError.ReadToEndAsync();
        stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        _ = errTask.Result;
        return p.ExitCode;
    }
}

/// <summary>A fact that is skipped (a real xunit skip) when pdftotext is not on PATH.</summary>
public sealed class PdftotextFactAttribute : FactAttribute
{
    public PdftotextFactAttribute()
    {
        if (!Pdftotext.IsAvailable)
        {
            Skip = "pdftotext not installed (Debian: poppler-utils)";
        }
    }
}

/// <summary>A theory that is skipped when pdftotext is not on PATH.</summary>
public sealed class PdftotextTheoryAttribute : TheoryAttribute
{
    public PdftotextTheoryAttribute()
    {
        if (!Pdftotext.IsAvailable)
        {
            Skip = "pdftotext not installed (Debian: poppler-utils)";
        }
    }
}
