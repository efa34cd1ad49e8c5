using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportMiner.Tests;

/// <summary>Pathological PDFs built in memory: well-formed files whose pages cost far more than they weigh.</summary>
internal static class HostilePdf
{
    /// <summary>Pages that each inflate one 48 MiB Flate stream of spaces (a decompression bomb of about 50 KB).</summary>
    public static byte[] FlateBomb(int pages = 200) =>
        SharedContent(pages, Enumerable.Repeat((byte)' ', 48 * 1024 * 1024).ToArray());

    /// <summary>Pages that each run four million operators (a content stream of about 16 KB compressed).</summary>
    public static byte[] MillionsOfOperators(int pages = 200) =>
        SharedContent(pages, Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("q Q ", 2_000_000))));

    /// <summary>A document of <paramref name="pages"/> pages that all draw one Flate content stream.</summary>
    private static byte[] SharedContent(int pages, byte[] content)
    {
        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(content);
        }

        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{4 + i} 0 R"));
        var objects = new List<byte[]>
        {
            Latin1("<< /Type /Catalog /Pages 2 0 R >>"),
            Latin1($"<< /Type /Pages /Kids [{kids}] /Count {pages} /MediaBox [0 0 612 792] >>"),
            Latin1($"<< /Length {deflated.Length} /Filter /FlateDecode >>\nstream\n").Concat(deflated.ToArray()).Concat(Latin1("\nendstream")).ToArray(),
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ => Latin1("<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>")));

        using var file = new MemoryStream();
        file.Write(Latin1("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(file.Position);
            file.Write(Latin1($"{i + 1} 0 obj\n"));
            file.Write(objects[i]);
            file.Write(Latin1("\nendobj\n"));
        }

        var xref = file.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        file.Write(Latin1(table.ToString()));
        return file.ToArray();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
