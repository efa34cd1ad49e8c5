using ReportMiner.Pdf.Objects;

namespace ReportMiner.Pdf.Encryption;

/// <summary>The parts of a standard-handler /Encrypt dictionary (§7.6.3.2, Table 21) that key derivation and decryption need.</summary>
internal sealed record EncryptionSettings(
    int Version,
    int Revision,
    int KeyLengthBytes,
    byte[] Owner,
    byte[] User,
    byte[] OwnerEncryptionKey,
    byte[] UserEncryptionKey,
    int Permissions,
    bool EncryptMetadata,
    byte[] FirstId,
    CryptMethod StringMethod,
    CryptMethod StreamMethod)
{
    /// <summary>Reads the settings; throws <see cref="PdfEncryptedException"/> for a handler or version this reader does not support.</summary>
    public static EncryptionSettings Read(PdfDictionary encrypt, PdfDictionary trailer, IPdfObjectResolver resolver)
    {
        var filter = (resolver.Resolve(encrypt.Get("Filter")) as PdfName)?.Value ?? "Standard";
        if (filter != "Standard")
        {
            throw new PdfEncryptedException(
                $"The file is encrypted with the /{filter} security handler (certificates or a vendor scheme); only the standard password handler is supported, so the file cannot be read.");
        }

        var v = Int(encrypt, "V", 0, resolver);
        var r = Int(encrypt, "R", v <= 1 ? 2 : 3, resolver);
        if (v is not (1 or 2 or 4 or 5) && !(v == 0 && r == 2))
        {
            throw new PdfEncryptedException($"The file uses standard security handler version V={v}, which is not supported (V 1, 2, 4 and 5 are).");
        }

        if (r is < 2 or > 6)
        {
            throw new PdfEncryptedException($"The file uses standard security handler revision R={r}, which is not supported (R 2 to 6 are).");
        }

        var encryptMetadata = resolver.Resolve(encrypt.Get("EncryptMetadata")) is not PdfBoolean { Value: false };
        var lengthBits = Int(encrypt, "Length", 0, resolver);
        int keyLength;
        CryptMethod strings;
        CryptMethod streams;
        if (v >= 4)
        {
            var filters = resolver.Resolve(encrypt.Get("CF")) as PdfDictionary;
            streams = Method(filters, NameOf(encrypt, "StmF", resolver), resolver, out var streamKeyLength);
            strings = Method(filters, NameOf(encrypt, "StrF", resolver), resolver, out var stringKeyLength);
            keyLength = v == 5 ? 32 : Math.Max(streamKeyLength, stringKeyLength) is var cf and > 0 ? cf : (lengthBits > 0 ? lengthBits / 8 : 16);
        }
        else
        {
            strings = streams = CryptMethod.Rc4;
            keyLength = v <= 1 ? 5 : (lengthBits > 0 ? lengthBits / 8 : 5);
        }

        // The revision decides the key derivation, and with it the key size: MD5 gives at most 16 bytes, SHA-256 exactly 32.
        keyLength = r >= 5 ? 32 : Math.Clamp(keyLength, 5, 16);

        var ids = resolver.Resolve(trailer.Get("ID")) as PdfArray;
        var firstId = ids is { Count: > 0 } && resolver.Resolve(ids[0]) is PdfString id ? id.Bytes : [];

        return new EncryptionSettings(
            v,
            r,
            keyLength,
            Bytes(encrypt, "O", resolver),
            Bytes(encrypt, "U", resolver),
            Bytes(encrypt, "OE", resolver),
            Bytes(encrypt, "UE", resolver),
            unchecked((int)(uint)(long)(resolver.Resolve(encrypt.Get("P")) is PdfNumber p ? p.Value : 0)),
            encryptMetadata,
            firstId,
            strings,
            streams);
    }

    private static int Int(PdfDictionary d, string key, int fallback, IPdfObjectResolver resolver) =>
        resolver.Resolve(d.Get(key)) is PdfNumber n ? n.IntValue : fallback;

    private static byte[] Bytes(PdfDictionary d, string key, IPdfObjectResolver resolver) =>
        resolver.Resolve(d.Get(key)) is PdfString s ? s.Bytes : [];

    private static string NameOf(PdfDictionary d, string key, IPdfObjectResolver resolver) =>
        (resolver.Resolve(d.Get(key)) as PdfName)?.Value ?? "Identity";

    /// <summary>The method of the named crypt filter; its /Length may be given in bytes or (by some writers) in bits.</summary>
    private static CryptMethod Method(PdfDictionary? filters, string name, IPdfObjectResolver resolver, out int keyLength)
    {
        keyLength = 0;
        if (name == "Identity")
        {
            return CryptMethod.None;
        }

        if (filters is null || resolver.Resolve(filters.Get(name)) is not PdfDictionary filter)
        {
            throw new PdfEncryptedException($"The /Encrypt dictionary names the crypt filter /{name}, but /CF does not define it; the file cannot be decrypted.");
        }

        var length = resolver.Resolve(filter.Get("Length")) is PdfNumber n ? n.IntValue : 0;
        keyLength = length > 32 ? length / 8 : length;
        var cfm = (resolver.Resolve(filter.Get("CFM")) as PdfName)?.Value ?? "None";
        return cfm switch
        {
            "V2" => CryptMethod.Rc4,
            "AESV2" => CryptMethod.AesV2,
            "AESV3" => CryptMethod.AesV3,
            "None" => CryptMethod.None,
            _ => throw new PdfEncryptedException($"The crypt filter /{name} uses the method /{cfm}, which is not supported (V2, AESV2 and AESV3 are)."),
        };
    }
}
