using System.Globalization;
using System.Text;

namespace ReportMiner.Pdf.Tests.Text;

/// <summary>Writes small, well-formed PDF files from object bodies (correct xref offsets), for facade tests.</summary>
internal sealed class MiniPdf
{
    private readonly List<string> objects = [];

    /// <summary>Adds an object body (what goes between "N 0 obj" and "endobj"); returns its number.</summary>
    public int Add(string body)
    {
        objects.Add(body);
        return objects.Count;
    }

    /// <summary>Adds a stream object with an exact /Length.</summary>
    public int AddStream(string content, string extraDictionary = "") =>
        Add($"<< /Length {Encoding.Latin1.GetByteCount(content)} {extraDictionary} >>\nstream\n{content}\nendstream");

    /// <summary>A one-font document: each page is (content, extra page-dictionary entries).</summary>
    public static byte[] Document(IEnumerable<(string Content, string PageExtras)> pages, string fontDictionary = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", string info = "")
    {
        var pdf = new MiniPdf();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var pagesObj = pdf.Add("PLACEHOLDER");
        var font = pdf.Add(fontDictionary);
        var kids = new List<int>();
        foreach (var (content, extras) in pages)
        {
            var c = pdf.AddStream(content);
            kids.Add(pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {c} 0 R {extras} >>"));
        }

        pdf.objects[pagesObj - 1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => k + " 0 R"))}] /Count {kids.Count} >>";
        var infoObj = info.Length > 0 ? pdf.Add(info) : 0;
        return pdf.Build(catalog, infoObj);
    }

    /// <summary>Serialises the file with a classic xref table.</summary>
    public byte[] Build(int root, int info = 0)
    {
        var sb = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(sb.ToString()));
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }

        var infoEntry = info > 0 ? $" /Info {info} 0 R" : string.Empty;
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {root} 0 R{infoEntry} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }
}
