using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Filters;

/// <summary>
/// Applies a stream's filter chain (/Filter with /DecodeParms, single or arrays, §7.3.8.2). Image codecs
/// (DCT, JPX, JBIG2, CCITT) are not decoded: the text layer has no use for pixels, so they give an empty result.
/// </summary>
internal static class StreamDecoder
{
    /// <summary>Decodes <paramref name="stream"/>; never throws for damaged data (the result is what could be decoded, plus warnings).</summary>
    public static byte[] Decode(PdfStream stream, FilterContext context)
    {
        var filters = Resolve(stream.Get("Filter") ?? stream.Get("F"), context);
        var parameters = Resolve(stream.Get("DecodeParms") ?? stream.Get("DP"), context);
        return Decode(stream.RawData, filters, parameters, context);
    }

    /// <summary>Decodes <paramref name="data"/> through <paramref name="filterObject"/> (a name or array of names) with matching parameters.</summary>
    public static byte[] Decode(ReadOnlyMemory<byte> data, PdfObject? filterObject, PdfObject? parametersObject, FilterContext context)
    {
        var names = FilterNames(filterObject, context);
        if (names.Count == 0)
        {
            return data.ToArray();
        }

        byte[]? decoded = null;
        for (var i = 0; i < names.Count; i++)
        {
            var filter = Find(names[i]);
            if (filter is null)
            {
                if (IsImageCodec(names[i]))
                {
                    return [];
                }

                if (names[i] == "Crypt")
                {
                    // Decryption happened when the stream was loaded; an /Identity crypt filter means none was needed.
                    continue;
                }

                context.Warn("filter-unsupported", $"{context.Description}: the filter /{names[i]} is not supported; the stream was skipped.");
                return [];
            }

            decoded = filter.Decode(data, ParametersAt(parametersObject, i, context), context);
            data = decoded;
        }

        return decoded ?? data.ToArray();
    }

    /// <summary>Whether <paramref name="name"/> is an image codec that the reader leaves encoded.</summary>
    public static bool IsImageCodec(string name) => name is "DCTDecode" or "DCT" or "JPXDecode" or "JBIG2Decode" or "CCITTFaxDecode" or "CCF";

    private static IStreamFilter? Find(string name) => name switch
    {
        "FlateDecode" or "Fl" => FlateFilter.Instance,
        "LZWDecode" or "LZW" => LzwFilter.Instance,
        "ASCII85Decode" or "A85" => Ascii85Filter.Instance,
        "ASCIIHexDecode" or "AHx" => AsciiHexFilter.Instance,
        "RunLengthDecode" or "RL" => RunLengthFilter.Instance,
        _ => null,
    };

    private static PdfObject? Resolve(PdfObject? value, FilterContext context) =>
        value is PdfReference && context.Resolver is not null ? context.Resolver.Resolve(value) : value;

    private static List<string> FilterNames(PdfObject? filter, FilterContext context)
    {
        var names = new List<string>(2);
        switch (filter)
        {
            case PdfName name:
                names.Add(name.Value);
                break;
            case PdfArray array:
                foreach (var item in array.Items)
                {
                    if (Resolve(item, context) is PdfName n)
                    {
                        names.Add(n.Value);
                    }
                }

                break;
        }

        return names;
    }

    private static PdfDictionary? ParametersAt(PdfObject? parameters, int index, FilterContext context) => parameters switch
    {
        PdfDictionary d when index == 0 => d,
        PdfArray a when index < a.Count => Resolve(a[index], context) as PdfDictionary,
        _ => null,
    };
}
