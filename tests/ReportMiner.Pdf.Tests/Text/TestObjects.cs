using System.Text;
using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Tests.Text;

/// <summary>An in-memory resolver: indirect objects by number; streams "decode" to their raw bytes.</summary>
internal sealed class TestResolver : IPdfObjectResolver
{
    private readonly Dictionary<int, PdfObject> objects = [];

    public PdfReference Add(int number, PdfObject obj)
    {
        objects[number] = obj;
        return new PdfReference(number, 0);
    }

    public PdfObject Resolve(PdfObject? obj)
    {
        for (var i = 0; i < 32 && obj is PdfReference r; i++)
        {
            obj = objects.GetValueOrDefault(r.ObjectNumber);
        }

        return obj is null or PdfReference ? PdfNull.Instance : obj;
    }

    public byte[] DecodeStream(PdfStream stream) => stream.RawData.ToArray();
}

/// <summary>Terse builders for hand-made PDF objects.</summary>
internal static class Pdf
{
    public static PdfName N(string name) => new(name);

    public static PdfNumber Num(double v) => new(v, v == Math.Floor(v));

    public static PdfString S(string latin1) => new(Encoding.Latin1.GetBytes(latin1));

    public static PdfArray A(params PdfObject[] items) => new(items);

    public static PdfArray Nums(params double[] values) => new(values.Select(v => (PdfObject)Num(v)).ToArray());

    public static PdfDictionary D(params (string Key, PdfObject Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Value));

    public static PdfStream Stream(string content, params (string Key, PdfObject Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Value), Encoding.Latin1.GetBytes(content));
}
