using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Filters;

/// <summary>What a filter needs besides its input: the output limit, where warnings go, a resolver for indirect parameters, and a label for messages.</summary>
internal sealed class FilterContext
{
    public FilterContext(long maxOutputBytes, PdfDiagnostics diagnostics, IPdfObjectResolver? resolver = null, string description = "a stream", int? page = null)
    {
        MaxOutputBytes = maxOutputBytes;
        Diagnostics = diagnostics;
        Resolver = resolver;
        Description = description;
        Page = page;
    }

    /// <summary>The most bytes one filter may produce.</summary>
    public long MaxOutputBytes { get; }

    /// <summary>Where warnings go.</summary>
    public PdfDiagnostics Diagnostics { get; }

    /// <summary>Resolves indirect values in /DecodeParms; may be null for direct-only input.</summary>
    public IPdfObjectResolver? Resolver { get; }

    /// <summary>Names the stream in warnings ("object 12").</summary>
    public string Description { get; }

    /// <summary>The 1-based page whose content is decoded, for warnings; null for other streams.</summary>
    public int? Page { get; }

    /// <summary>Records a warning about this stream.</summary>
    public void Warn(string code, string message) => Diagnostics.Warn(code, message, Page);

    /// <summary>Records a repair of this stream's damaged data (throws in strict mode).</summary>
    public void Repair(string code, string message) => Diagnostics.Repair(code, message, Page);

    /// <summary>A parameter resolved to an integer, or <paramref name="fallback"/>.</summary>
    public int GetInt(PdfDictionary? parameters, string key, int fallback)
    {
        var value = parameters?.Get(key);
        if (value is PdfReference && Resolver is not null)
        {
            value = Resolver.Resolve(value);
        }

        return value is PdfNumber n ? n.IntValue : fallback;
    }

    /// <summary>Warns that <paramref name="sink"/> stopped at the limit.</summary>
    public void WarnIfLimited(ByteSink sink, string filter)
    {
        if (sink.LimitReached)
        {
            Warn(
                "stream-too-large",
                $"{Description}: {filter} output was cut at {MaxOutputBytes} bytes (PdfReadOptions.MaxDecodedStreamBytes); raise the limit if the file is trusted.");
        }
    }
}
