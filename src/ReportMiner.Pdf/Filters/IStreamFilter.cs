using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Filters;

/// <summary>One standard stream filter (ISO 32000-1 §7.4): decodes its input with its /DecodeParms.</summary>
internal interface IStreamFilter
{
    /// <summary>Decodes <paramref name="input"/>; damaged input yields what could be decoded plus a warning, never an exception.</summary>
    byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary? parameters, FilterContext context);
}
