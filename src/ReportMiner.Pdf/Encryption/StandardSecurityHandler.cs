using System.Security.Cryptography;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Encryption;

/// <summary>
/// The standard security handler (§7.6.3): authenticates the password once, then decrypts each object's strings
/// and streams with RC4 or AES as the /Encrypt dictionary says.
/// </summary>
internal sealed class StandardSecurityHandler : IObjectDecryptor
{
    private readonly EncryptionSettings _settings;
    private readonly byte[] _fileKey;
    private readonly int _exemptObjectNumber;
    private readonly PdfDiagnostics _diagnostics;

    private StandardSecurityHandler(EncryptionSettings settings, byte[] fileKey, int exemptObjectNumber, PdfDiagnostics diagnostics)
    {
        _settings = settings;
        _fileKey = fileKey;
        _exemptObjectNumber = exemptObjectNumber;
        _diagnostics = diagnostics;
    }

    /// <summary>The settings read from the /Encrypt dictionary.</summary>
    public EncryptionSettings Settings => _settings;

    /// <summary>
    /// Reads the /Encrypt dictionary and authenticates <paramref name="password"/> (null means the empty password)
    /// as user or owner password. <paramref name="encryptObjectNumber"/> is the object holding /Encrypt, whose strings are never encrypted.
    /// </summary>
    /// <exception cref="PdfEncryptedException">The password is wrong or the handler is not supported.</exception>
    public static StandardSecurityHandler Create(
        PdfDictionary encrypt, PdfDictionary trailer, IPdfObjectResolver resolver, string? password, int encryptObjectNumber, PdfDiagnostics diagnostics)
    {
        var settings = EncryptionSettings.Read(encrypt, trailer, resolver);
        var key = StandardKeyDerivation.Authenticate(settings, password ?? string.Empty);
        if (key is null)
        {
            throw new PdfEncryptedException(string.IsNullOrEmpty(password)
                ? "The file is encrypted and the empty password does not open it: the file needs a password: set PdfReadOptions.Password."
                : "The file is encrypted and PdfReadOptions.Password is neither its user nor its owner password: set PdfReadOptions.Password to the right password.");
        }

        return new StandardSecurityHandler(settings, key, encryptObjectNumber, diagnostics);
    }

    /// <inheritdoc />
    public byte[] DecryptString(ReadOnlySpan<byte> data, int objectNumber, int generation) =>
        objectNumber == _exemptObjectNumber ? data.ToArray() : Decrypt(_settings.StringMethod, data, objectNumber, generation);

    /// <inheritdoc />
    public ReadOnlyMemory<byte> DecryptStream(ReadOnlyMemory<byte> data, PdfDictionary streamDictionary, int objectNumber, int generation)
    {
        if (objectNumber == _exemptObjectNumber || IsExempt(streamDictionary))
        {
            return data;
        }

        return Decrypt(_settings.StreamMethod, data.Span, objectNumber, generation);
    }

    private bool IsExempt(PdfDictionary stream)
    {
        var type = (stream.Get("Type") as PdfName)?.Value;
        if (type == "XRef" || (type == "Metadata" && !_settings.EncryptMetadata))
        {
            return true;
        }

        // A stream-level /Crypt filter naming /Identity opts the stream out of encryption (§7.4.10).
        return stream.Get("Filter") switch
        {
            PdfName { Value: "Crypt" } => CryptFilterIsIdentity(stream.Get("DecodeParms")),
            PdfArray { Count: > 0 } filters when filters[0] is PdfName { Value: "Crypt" } =>
                CryptFilterIsIdentity(stream.Get("DecodeParms") is PdfArray { Count: > 0 } p ? p[0] : null),
            _ => false,
        };
    }

    private static bool CryptFilterIsIdentity(PdfObject? parameters) =>
        parameters is not PdfDictionary d || d.Get("Name") is not PdfName name || name.Value == "Identity";

    private byte[] Decrypt(CryptMethod method, ReadOnlySpan<byte> data, int objectNumber, int generation)
    {
        switch (method)
        {
            case CryptMethod.Rc4:
                return Rc4.Apply(StandardKeyDerivation.ObjectKey(_fileKey, objectNumber, generation, aes: false), data);
            case CryptMethod.AesV2:
                return DecryptAes(StandardKeyDerivation.ObjectKey(_fileKey, objectNumber, generation, aes: true), data, objectNumber);
            case CryptMethod.AesV3:
                return DecryptAes(_fileKey, data, objectNumber);
            default:
                return data.ToArray();
        }
    }

    /// <summary>AES-CBC with the 16-byte IV in front and PKCS#5 padding at the end; damaged lengths and padding are tolerated.</summary>
    private byte[] DecryptAes(byte[] key, ReadOnlySpan<byte> data, int objectNumber)
    {
        if (data.Length < 32)
        {
            // IV alone (an empty string) or damaged: nothing to decrypt.
            if (data.Length != 16 && data.Length != 0)
            {
                _diagnostics.Repair("aes-damaged", $"Object {objectNumber}: encrypted data of {data.Length} bytes is too short for AES; it was read as empty.");
            }

            return [];
        }

        var cipherLength = (data.Length - 16) / 16 * 16;
        if (cipherLength != data.Length - 16)
        {
            _diagnostics.Repair("aes-damaged", $"Object {objectNumber}: AES data is not a whole number of blocks; the partial block was dropped.");
        }

        // One Aes per call keeps the handler free of disposable state; creation is cheap next to the work.
        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(data.Slice(16, cipherLength), data[..16], PaddingMode.None);
        var pad = plain[^1];
        if (pad is >= 1 and <= 16 && plain.AsSpan(plain.Length - pad).IndexOfAnyExcept(pad) < 0)
        {
            return plain.AsSpan(0, plain.Length - pad).ToArray();
        }

        return plain;
    }
}
