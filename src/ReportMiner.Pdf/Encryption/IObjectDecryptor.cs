using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Encryption;

/// <summary>Decrypts the strings and stream data of one indirect object (ISO 32000-1 §7.6.2): the key depends on the object's number and generation.</summary>
internal interface IObjectDecryptor
{
    /// <summary>Decrypts a string that belongs to object <paramref name="objectNumber"/>.</summary>
    byte[] DecryptString(ReadOnlySpan<byte> data, int objectNumber, int generation);

    /// <summary>Decrypts the data of a stream, unless the stream is exempt (cross-reference streams, metadata left in clear, /Identity crypt filter).</summary>
    ReadOnlyMemory<byte> DecryptStream(ReadOnlyMemory<byte> data, PdfDictionary streamDictionary, int objectNumber, int generation);
}
