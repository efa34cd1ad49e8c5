using System.Globalization;
using System.Text;

namespace ReportMiner.Pdf.Tests.Objects;

/// <summary>Builds small PDFs by hand for tests: objects in order, a correct classic xref, a trailer.</summary>
internal sealed class TestPdf
{
    private readonly List<(int Number, byte[] Body)> _objects = [];

    public string Header { get; init; } = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";

    public TestPdf Add(int number, string body) => AddRaw(number, Latin1(body));

    public TestPdf AddStream(int number, string dictionaryEntries, byte[] data, bool writeLength = true)
    {
        var head = writeLength ? $"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n" : $"<< {dictionaryEntries} >>\nstream\n";
        return AddRaw(number, [.. Latin1(head), .. data, .. Latin1("\nendstream")]);
    }

    public TestPdf AddRaw(int number, byte[] body)
    {
        _objects.Add((number, body));
        return this;
    }

    /// <summary>A minimal document: catalog 1, pages 2, one page 3 with content stream 4.</summary>
    public static TestPdf Minimal(string content = "BT /F1 12 Tf 72 712 Td (Hello) Tj ET") =>
        new TestPdf()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, Latin1(content));

    public byte[] Build(string trailerEntries = "/Root 1 0 R", bool includeXref = true)
    {
        var output = new MemoryStream();
        Write(output, Header);
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n");
            output.Write(body);
            Write(output, "\nendobj\n");
        }

        if (!includeXref)
        {
            return output.ToArray();
        }

        var size = offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1;
        var xrefAt = output.Position;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n");
        for (var i = 0; i < size; i++)
        {
            xref.Append(offsets.TryGetValue(i, out var at)
                ? string.Create(CultureInfo.InvariantCulture, $"{at:D10} 00000 n\r\n")
                : "0000000000 65535 f\r\n");
        }

        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} {trailerEntries} >>\nstartxref\n{xrefAt}\n%%EOF\n");
        Write(output, xref.ToString());
        return output.ToArray();
    }

    public static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    private static void Write(Stream s, string text) => s.Write(Latin1(text));
}
