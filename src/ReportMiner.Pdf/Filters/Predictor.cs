using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Filters;

/// <summary>
/// Undoes the predictors of FlateDecode and LZWDecode (§7.4.4.4): TIFF predictor 2 and the PNG predictors
/// 10–15, whose rows each start with their own filter-type byte.
/// </summary>
internal static class Predictor
{
    public static byte[] Apply(byte[] data, PdfDictionary? parameters, FilterContext context)
    {
        var predictor = context.GetInt(parameters, "Predictor", 1);
        if (predictor <= 1 || data.Length == 0)
        {
            return data;
        }

        var colors = Math.Clamp(context.GetInt(parameters, "Colors", 1), 1, 32);
        var bits = context.GetInt(parameters, "BitsPerComponent", 8);
        if (bits is not (1 or 2 or 4 or 8 or 16))
        {
            bits = 8;
        }

        var columns = Math.Clamp(context.GetInt(parameters, "Columns", 1), 1, 1 << 24);
        var bitsPerPixel = colors * bits;
        var bytesPerPixel = Math.Max(1, (bitsPerPixel + 7) / 8);
        var rowBytes = (int)(((long)bitsPerPixel * columns + 7) / 8);

        if (predictor == 2)
        {
            return Tiff(data, rowBytes, colors, bits);
        }

        if (predictor >= 10)
        {
            return Png(data, rowBytes, bytesPerPixel, context);
        }

        context.Warn("predictor-unknown", $"{context.Description}: predictor {predictor} is unknown; the data was left as decoded.");
        return data;
    }

    /// <summary>PNG: each row is a filter-type byte and <paramref name="rowBytes"/> filtered bytes; a short last row is decoded as far as it goes.</summary>
    private static byte[] Png(byte[] data, int rowBytes, int bytesPerPixel, FilterContext context)
    {
        var rows = (data.Length + rowBytes) / (rowBytes + 1);
        var output = new byte[Math.Min((long)rows * rowBytes, data.Length)];
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes];
        var written = 0;
        var badType = false;
        for (var pos = 0; pos < data.Length; pos += rowBytes + 1)
        {
            var type = data[pos];
            var available = Math.Min(rowBytes, data.Length - pos - 1);
            if (available <= 0)
            {
                break;
            }

            var src = data.AsSpan(pos + 1, available);
            current.AsSpan().Clear();
            for (var i = 0; i < available; i++)
            {
                int left = i >= bytesPerPixel ? current[i - bytesPerPixel] : 0;
                int up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                var raw = src[i];
                current[i] = type switch
                {
                    0 => raw,
                    1 => (byte)(raw + left),
                    2 => (byte)(raw + up),
                    3 => (byte)(raw + ((left + up) >> 1)),
                    4 => (byte)(raw + Paeth(left, up, upLeft)),
                    _ => raw,
                };
            }

            badType |= type > 4;
            current.AsSpan(0, available).CopyTo(output.AsSpan(written));
            written += available;
            (previous, current) = (current, previous);
        }

        if (badType)
        {
            context.Repair("predictor-damaged", $"{context.Description}: a PNG predictor row has an unknown filter type; it was copied unfiltered.");
        }

        return written == output.Length ? output : output.AsSpan(0, written).ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>TIFF predictor 2: each component is stored as the difference from the same component of the pixel to its left.</summary>
    private static byte[] Tiff(byte[] data, int rowBytes, int colors, int bits)
    {
        var output = (byte[])data.Clone();
        for (var rowStart = 0; rowStart < output.Length; rowStart += rowBytes)
        {
            var row = output.AsSpan(rowStart, Math.Min(rowBytes, output.Length - rowStart));
            switch (bits)
            {
                case 8:
                    for (var i = colors; i < row.Length; i++)
                    {
                        row[i] += row[i - colors];
                    }

                    break;
                case 16:
                    for (var i = 2 * colors; i + 1 < row.Length; i += 2)
                    {
                        var value = ((row[i] << 8) | row[i + 1]) + ((row[i - (2 * colors)] << 8) | row[i - (2 * colors) + 1]);
                        row[i] = (byte)(value >> 8);
                        row[i + 1] = (byte)value;
                    }

                    break;
                default:
                    UndoSubByte(row, colors, bits);
                    break;
            }
        }

        return output;
    }

    /// <summary>TIFF predictor 2 for 1, 2 and 4-bit components, which are packed several to a byte.</summary>
    private static void UndoSubByte(Span<byte> row, int colors, int bits)
    {
        var mask = (1 << bits) - 1;
        var count = row.Length * 8 / bits;
        Span<int> previous = stackalloc int[colors];
        previous.Clear();
        for (var k = 0; k < count; k++)
        {
            var bitPos = k * bits;
            var shift = 8 - bits - (bitPos & 7);
            var value = (row[bitPos >> 3] >> shift) & mask;
            var c = k % colors;
            value = (value + previous[c]) & mask;
            previous[c] = value;
            row[bitPos >> 3] = (byte)((row[bitPos >> 3] & ~(mask << shift)) | (value << shift));
        }
    }
}
