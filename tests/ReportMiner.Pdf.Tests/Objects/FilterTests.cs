using System.Diagnostics;
using ReportMiner.Pdf.Filters;
using ReportMiner.Pdf.Objects;
using static ReportMiner.Pdf.Tests.Objects.FilterTestSupport;

namespace ReportMiner.Pdf.Tests.Objects;

public class FlateFilterTests
{
    [Fact]
    public void Decode_ZlibData_RoundTrips()
    {
        var data = SampleText(100_000);
        var context = Context();

        var decoded = FlateFilter.Instance.Decode(Zlib(data), null, context);

        Assert.Equal(data, decoded);
        Assert.Empty(context.Diagnostics.Warnings);
    }

    [Fact]
    public void Decode_RawDeflateWithoutHeader_DecodesWithWarning()
    {
        var data = SampleText(5000);
        var context = Context();

        var decoded = FlateFilter.Instance.Decode(RawDeflate(data), null, context);

        Assert.Equal(data, decoded);
        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "flate-header");
    }

    [Fact]
    public void Decode_GarbledHeader_DecodesAsRawDeflate()
    {
        var data = SampleText(5000);
        var compressed = Zlib(data);
        compressed[0] = 0x00;
        compressed[1] = 0x00;
        var context = Context();

        var decoded = FlateFilter.Instance.Decode(compressed, null, context);

        Assert.Equal(data, decoded);
        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "flate-header");
    }

    [Fact]
    public void Decode_TruncatedData_ReturnsPrefix()
    {
        var data = PseudoRandom(200_000, 1);
        var compressed = Zlib(data, System.IO.Compression.CompressionLevel.NoCompression);
        var context = Context();

        var decoded = FlateFilter.Instance.Decode(compressed.AsMemory(0, compressed.Length / 2), null, context);

        Assert.True(decoded.Length > 50_000, $"only {decoded.Length} bytes decoded");
        Assert.Equal(data.AsSpan(0, decoded.Length).ToArray(), decoded);
    }

    [Fact]
    public void Decode_Garbage_ReturnsEmptyWithWarning()
    {
        var context = Context();

        var decoded = FlateFilter.Instance.Decode(new byte[] { 0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x12 }, null, context);

        Assert.Empty(decoded);
        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "flate-damaged");
    }

    [Fact]
    public void Decode_ZipBomb_StopsAtLimitWithWarning()
    {
        var bomb = Zlib(new byte[32 * 1024 * 1024], System.IO.Compression.CompressionLevel.SmallestSize);
        var context = Context(max: 1024 * 1024);
        var stopwatch = Stopwatch.StartNew();

        var decoded = FlateFilter.Instance.Decode(bomb, null, context);

        Assert.Equal(1024 * 1024, decoded.Length);
        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "stream-too-large");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Decode_ExactlyAtLimit_DoesNotWarn()
    {
        var context = Context(max: 1000);

        var decoded = FlateFilter.Instance.Decode(Zlib(new byte[1000]), null, context);

        Assert.Equal(1000, decoded.Length);
        Assert.Empty(context.Diagnostics.Warnings);
    }
}

public class PredictorTests
{
    /// <summary>PNG-filters rows with the given per-row filter type, as an encoder would.</summary>
    private static byte[] PngEncode(byte[] data, int rowBytes, int bpp, Func<int, int> typeOfRow)
    {
        var output = new List<byte>();
        var previous = new byte[rowBytes];
        for (int row = 0, pos = 0; pos < data.Length; row++, pos += rowBytes)
        {
            var current = data.AsSpan(pos, rowBytes).ToArray();
            var type = typeOfRow(row);
            output.Add((byte)type);
            for (var i = 0; i < rowBytes; i++)
            {
                int left = i >= bpp ? current[i - bpp] : 0;
                int up = previous[i];
                int upLeft = i >= bpp ? previous[i - bpp] : 0;
                var predicted = type switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                output.Add((byte)(current[i] - predicted));
            }

            previous = current;
        }

        return [.. output];
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    [Theory]
    [InlineData(1, 8, 5)]
    [InlineData(3, 8, 7)]
    [InlineData(4, 8, 3)]
    [InlineData(1, 16, 4)]
    public void Apply_PngPredictorsAllTypes_RestoresData(int colors, int bits, int columns)
    {
        var bpp = Math.Max(1, colors * bits / 8);
        var rowBytes = colors * bits * columns / 8;
        var data = PseudoRandom(rowBytes * 10, colors + bits + columns);
        var encoded = PngEncode(data, rowBytes, bpp, row => row % 5);
        var parameters = Dict(("Predictor", Num(12)), ("Colors", Num(colors)), ("BitsPerComponent", Num(bits)), ("Columns", Num(columns)));

        var decoded = Predictor.Apply(encoded, parameters, Context());

        Assert.Equal(data, decoded);
    }

    [Fact]
    public void Apply_XrefStreamStyleUpPredictor_ThroughFlate()
    {
        // The most common real use: xref streams with /Predictor 12 /Columns 5.
        var data = PseudoRandom(5 * 40, 3);
        var encoded = Zlib(PngEncode(data, 5, 1, _ => 2));
        var parameters = Dict(("Predictor", Num(12)), ("Columns", Num(5)));

        var decoded = FlateFilter.Instance.Decode(encoded, parameters, Context());

        Assert.Equal(data, decoded);
    }

    [Fact]
    public void Apply_PngShortLastRow_DecodesWhatIsThere()
    {
        var data = PseudoRandom(12, 4);
        var encoded = PngEncode(data, 4, 1, _ => 1);
        var context = Context();

        var decoded = Predictor.Apply(encoded[..^2], Dict(("Predictor", Num(10)), ("Columns", Num(4))), context);

        Assert.Equal(data[..^2], decoded);
    }

    [Theory]
    [InlineData(3, 8)]
    [InlineData(1, 16)]
    [InlineData(1, 4)]
    [InlineData(2, 2)]
    [InlineData(1, 1)]
    public void Apply_TiffPredictor_RestoresData(int colors, int bits)
    {
        const int columns = 8;
        var rowBytes = ((colors * bits * columns) + 7) / 8;
        var rows = 6;
        var data = PseudoRandom(rowBytes * rows, bits * 10 + colors);
        var encoded = TiffEncode(data, rowBytes, colors, bits, columns);

        var decoded = Predictor.Apply(encoded, Dict(("Predictor", Num(2)), ("Colors", Num(colors)), ("BitsPerComponent", Num(bits)), ("Columns", Num(columns))), Context());

        Assert.Equal(data, decoded);
    }

    [Fact]
    public void Apply_NoPredictor_ReturnsInputUnchanged()
    {
        var data = new byte[] { 1, 2, 3 };

        Assert.Same(data, Predictor.Apply(data, Dict(("Predictor", Num(1))), Context()));
    }

    private static byte[] TiffEncode(byte[] data, int rowBytes, int colors, int bits, int columns)
    {
        var output = (byte[])data.Clone();
        var mask = (1 << bits) - 1;
        for (var row = 0; row < data.Length / rowBytes; row++)
        {
            int Get(byte[] a, int k)
            {
                var bitPos = (row * rowBytes * 8) + (k * bits);
                return bits == 16
                    ? (a[bitPos / 8] << 8) | a[(bitPos / 8) + 1]
                    : (a[bitPos / 8] >> (8 - bits - (bitPos % 8))) & mask;
            }

            void Set(byte[] a, int k, int v)
            {
                var bitPos = (row * rowBytes * 8) + (k * bits);
                if (bits == 16)
                {
                    a[bitPos / 8] = (byte)(v >> 8);
                    a[(bitPos / 8) + 1] = (byte)v;
                    return;
                }

                var shift = 8 - bits - (bitPos % 8);
                a[bitPos / 8] = (byte)((a[bitPos / 8] & ~(mask << shift)) | ((v & mask) << shift));
            }

            for (var k = (colors * columns) - 1; k >= colors; k--)
            {
                Set(output, k, (Get(data, k) - Get(data, k - colors)) & (bits == 16 ? 0xFFFF : mask));
            }
        }

        return output;
    }
}

public class LzwFilterTests
{
    [Fact]
    public void Decode_SpecificationExample_GivesText()
    {
        // ISO 32000-1 §7.4.4.2, Example 2: "-----A---B" encodes as 80 0B 60 50 22 0C 0C 85 01.
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        var decoded = LzwFilter.Instance.Decode(encoded, null, Context());

        Assert.Equal("-----A---B"u8.ToArray(), decoded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Decode_LongInput_RoundTripsThroughAllCodeWidths(int earlyChange)
    {
        var data = new byte[60_000];
        var text = SampleText(30_000);
        text.CopyTo(data, 0);
        PseudoRandom(30_000, 9).CopyTo(data, 30_000);

        var decoded = LzwFilter.Instance.Decode(Lzw(data, earlyChange), Dict(("EarlyChange", Num(earlyChange))), Context());

        Assert.Equal(data, decoded);
    }

    [Fact]
    public void Decode_InvalidCode_StopsWithWarning()
    {
        // Clear, then code 300 before the table has it.
        byte[] encoded = [0x80, 0x4B, 0x00];
        var context = Context();

        LzwFilter.Instance.Decode(encoded, null, context);

        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "lzw-damaged");
    }

    [Fact]
    public void Decode_OverLimit_StopsWithWarning()
    {
        var context = Context(max: 1000);

        var decoded = LzwFilter.Instance.Decode(Lzw(new byte[100_000]), null, context);

        Assert.Equal(1000, decoded.Length);
        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "stream-too-large");
    }
}

public class Ascii85FilterTests
{
    [Theory]
    [InlineData("9jqo^~>", "Man ")]
    [InlineData("<~9jqo^~>", "Man ")]
    [InlineData("z~>", "\0\0\0\0")]
    [InlineData("9jqo^BlbD-~>", "Man is d")]
    [InlineData("9jq o^\nBl bD-", "Man is d")]
    public void Decode_KnownVectors_Decode(string encoded, string expected)
    {
        var decoded = Ascii85Filter.Instance.Decode(System.Text.Encoding.ASCII.GetBytes(encoded), null, Context());

        Assert.Equal(expected, System.Text.Encoding.Latin1.GetString(decoded));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1001)]
    public void Decode_RoundTrip_RestoresData(int length)
    {
        var data = PseudoRandom(length, length);
        data.AsSpan(0, Math.Min(8, length)).Clear();

        Assert.Equal(data, Ascii85Filter.Instance.Decode(Ascii85(data), null, Context()));
    }

    [Fact]
    public void Decode_InvalidCharacter_StopsWithWarning()
    {
        var context = Context();

        Ascii85Filter.Instance.Decode("9jqo^\u00ff"u8.ToArray(), null, context);

        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "ascii85-damaged");
    }
}

public class AsciiHexFilterTests
{
    [Theory]
    [InlineData("48656C6C6F>", "Hello")]
    [InlineData("48 65 6c 6c 6f", "Hello")]
    [InlineData("414>ignored", "A@")]
    public void Decode_Digits_Decode(string encoded, string expected) =>
        Assert.Equal(expected, System.Text.Encoding.Latin1.GetString(AsciiHexFilter.Instance.Decode(System.Text.Encoding.ASCII.GetBytes(encoded), null, Context())));
}

public class RunLengthFilterTests
{
    [Fact]
    public void Decode_RoundTrip_RestoresData()
    {
        var data = new byte[3000];
        PseudoRandom(1000, 5).CopyTo(data, 0);
        data.AsSpan(1000, 1000).Fill(7);

        Assert.Equal(data, RunLengthFilter.Instance.Decode(RunLength(data), null, Context()));
    }

    [Fact]
    public void Decode_RepeatOverLimit_StopsWithWarning()
    {
        var encoded = Enumerable.Repeat(new byte[] { 129, 0 }, 10_000).SelectMany(b => b).ToArray();
        var context = Context(max: 500);

        var decoded = RunLengthFilter.Instance.Decode(encoded, null, context);

        Assert.Equal(500, decoded.Length);
        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "stream-too-large");
    }
}

public class StreamDecoderTests
{
    private static PdfStream Stream(byte[] data, params (string, PdfObject)[] entries) =>
        new(entries.ToDictionary(e => e.Item1, e => e.Item2), data);

    [Fact]
    public void Decode_FilterChain_AppliesInOrder()
    {
        var data = SampleText(3000);
        var encoded = Ascii85(Zlib(data));
        var stream = Stream(encoded, ("Filter", new PdfArray([new PdfName("ASCII85Decode"), new PdfName("FlateDecode")])));

        Assert.Equal(data, StreamDecoder.Decode(stream, Context()));
    }

    [Fact]
    public void Decode_DecodeParmsArrayWithNull_MatchesFilters()
    {
        var data = PseudoRandom(50, 2);
        var png = new List<byte>();
        for (var i = 0; i < data.Length; i += 5)
        {
            png.Add(0);
            png.AddRange(data[i..(i + 5)]);
        }

        var encoded = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(Zlib([.. png])) + ">");
        var stream = Stream(
            encoded,
            ("Filter", new PdfArray([new PdfName("AHx"), new PdfName("Fl")])),
            ("DecodeParms", new PdfArray([PdfNull.Instance, Dict(("Predictor", Num(10)), ("Columns", Num(5)))])));

        Assert.Equal(data, StreamDecoder.Decode(stream, Context()));
    }

    [Theory]
    [InlineData("DCTDecode")]
    [InlineData("JPXDecode")]
    [InlineData("JBIG2Decode")]
    [InlineData("CCITTFaxDecode")]
    public void Decode_ImageCodec_ReturnsEmpty(string filter) =>
        Assert.Empty(StreamDecoder.Decode(Stream([1, 2, 3], ("Filter", new PdfName(filter))), Context()));

    [Fact]
    public void Decode_UnknownFilter_ReturnsEmptyWithWarning()
    {
        var context = Context();

        Assert.Empty(StreamDecoder.Decode(Stream([1, 2, 3], ("Filter", new PdfName("Bogus"))), context));
        Assert.Contains(context.Diagnostics.Warnings, w => w.Code == "filter-unsupported");
    }

    [Fact]
    public void Decode_NoFilter_ReturnsRawBytes() =>
        Assert.Equal([1, 2, 3], StreamDecoder.Decode(Stream([1, 2, 3]), Context()));
}
