using System.IO.Compression;
using ReportMiner.Pdf.Filters;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Tests.Objects;

/// <summary>Small encoders (the reader only decodes) and helpers for filter tests.</summary>
internal static class FilterTestSupport
{
    public static FilterContext Context(long max = 64 * 1024 * 1024, bool lenient = true) => new(max, new PdfDiagnostics(lenient), null, "Test stream");

    public static PdfDictionary Dict(params (string Key, PdfObject Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Value));

    public static PdfNumber Num(double v) => new(v, v == Math.Floor(v));

    public static byte[] Zlib(byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var output = new MemoryStream();
        using (var z = new ZLibStream(output, level, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] RawDeflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var z = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] SampleText(int length)
    {
        var text = "The quality of education is Good. Leadership and management: Requires improvement. "u8;
        var data = new byte[length];
        for (var i = 0; i < length; i++)
        {
            data[i] = text[i % text.Length];
        }

        return data;
    }

    public static byte[] PseudoRandom(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    /// <summary>A plain LZW encoder (9–12-bit codes, MSB first, clear code first and at a full table).</summary>
    public static byte[] Lzw(byte[] data, int earlyChange = 1)
    {
        var bits = new List<bool>();
        var codeLength = 9;
        void Emit(int code)
        {
            for (var b = codeLength - 1; b >= 0; b--)
            {
                bits.Add(((code >> b) & 1) == 1);
            }
        }

        var table = new Dictionary<string, int>();
        void Reset()
        {
            table.Clear();
            for (var i = 0; i < 256; i++)
            {
                table[((char)i).ToString()] = i;
            }
        }

        Reset();
        var next = 258;
        Emit(256);
        var w = string.Empty;
        foreach (var b in data)
        {
            var wc = w + (char)b;
            if (table.ContainsKey(wc))
            {
                w = wc;
                continue;
            }

            Emit(table[w]);
            table[wc] = next++;
            if (next + earlyChange > (1 << codeLength) && codeLength < 12)
            {
                codeLength++;
            }

            if (next >= 4094)
            {
                Emit(256);
                Reset();
                next = 258;
                codeLength = 9;
            }

            w = ((char)b).ToString();
        }

        if (w.Length > 0)
        {
            Emit(table[w]);
            next++;
            if (next + earlyChange > (1 << codeLength) && codeLength < 12)
            {
                codeLength++;
            }
        }

        Emit(257);
        var bytes = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            if (bits[i])
            {
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return bytes;
    }

    public static byte[] Ascii85(byte[] data)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var k = 0; k < 4; k++)
            {
                value = (value << 8) | (k < n ? data[i + k] : (byte)0);
            }

            if (value == 0 && n == 4)
            {
                sb.Append('z');
                continue;
            }

            var chars = new char[5];
            for (var k = 4; k >= 0; k--)
            {
                chars[k] = (char)('!' + (value % 85));
                value /= 85;
            }

            sb.Append(chars, 0, n + 1);
        }

        return System.Text.Encoding.ASCII.GetBytes(sb.Append("~>").ToString());
    }

    public static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < data.Length)
        {
            var run = 1;
            while (i + run < data.Length && data[i + run] == data[i] && run < 128)
            {
                run++;
            }

            if (run > 1)
            {
                output.Add((byte)(257 - run));
                output.Add(data[i]);
                i += run;
                continue;
            }

            var start = i;
            while (i < data.Length && i - start < 128 && (i + 1 >= data.Length || data[i + 1] != data[i]))
            {
                i++;
            }

            if (i == start)
            {
                i++;
            }

            output.Add((byte)(i - start - 1));
            output.AddRange(data[start..i]);
        }

        output.Add(128);
        return [.. output];
    }
}
