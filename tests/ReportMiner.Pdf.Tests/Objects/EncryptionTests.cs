using System.Security.Cryptography;
using ReportMiner.Pdf.Encryption;
using ReportMiner.Pdf.Objects;
using ReportMiner.Pdf.Parsing;

namespace ReportMiner.Pdf.Tests.Objects;

public class Rc4Tests
{
    [Theory]
    [InlineData("Key", "Plaintext", "BBF316E8D940AF0AD3")]
    [InlineData("Wiki", "pedia", "1021BF0420")]
    [InlineData("Secret", "Attack at dawn", "45A01F645FC35B383552544B9BF5")]
    public void Apply_KnownVectors_Encrypt(string key, string plain, string cipherHex)
    {
        var output = Rc4.Apply(System.Text.Encoding.ASCII.GetBytes(key), System.Text.Encoding.ASCII.GetBytes(plain));

        Assert.Equal(cipherHex, Convert.ToHexString(output));
    }

    [Fact]
    public void Apply_Twice_RoundTrips()
    {
        var data = FilterTestSupport.PseudoRandom(1000, 1);
        byte[] key = [1, 2, 3, 4, 5];

        Assert.Equal(data, Rc4.Apply(key, Rc4.Apply(key, data)));
    }
}

public class StandardSecurityHandlerTests
{
    private static readonly PdfDiagnostics Diagnostics = new(true);

    private sealed class DirectResolver : IPdfObjectResolver
    {
        public PdfObject Resolve(PdfObject? obj) => obj ?? PdfNull.Instance;

        public byte[] DecodeStream(PdfStream stream) => stream.RawData.ToArray();
    }

    /// <summary>Builds the /O and /U of a revision 3 RC4-128 file with the algorithms run forwards, as a writer would.</summary>
    private static (PdfDictionary Encrypt, PdfDictionary Trailer) Revision3(string user, string owner, byte[] id, int version = 2, int revision = 3, bool encryptMetadata = true, Dictionary<string, PdfObject>? extra = null)
    {
        byte[] padding = [0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A];
        byte[] Pad(string s) => [.. System.Text.Encoding.Latin1.GetBytes(s).Take(32), .. padding.Take(32 - Math.Min(32, s.Length))];

        // Algorithm 3: /O.
        var ownerKey = MD5.HashData(Pad(owner));
        for (var i = 0; i < 50; i++)
        {
            ownerKey = MD5.HashData(ownerKey);
        }

        var o = Rc4.Apply(ownerKey, Pad(user));
        for (var i = 1; i <= 19; i++)
        {
            o = Rc4.Apply(ownerKey.Select(b => (byte)(b ^ i)).ToArray(), o);
        }

        var settings = new EncryptionSettings(version, revision, 16, o, new byte[32], [], [], -4, encryptMetadata, id, CryptMethod.Rc4, CryptMethod.Rc4);
        var fileKey = StandardKeyDerivation.ComputeFileKey(settings, System.Text.Encoding.Latin1.GetBytes(user));

        // Algorithm 5: /U.
        var u = Rc4.Apply(fileKey, MD5.HashData([.. padding, .. id]));
        for (var i = 1; i <= 19; i++)
        {
            u = Rc4.Apply(fileKey.Select(b => (byte)(b ^ i)).ToArray(), u);
        }

        var entries = new Dictionary<string, PdfObject>
        {
            ["Filter"] = new PdfName("Standard"),
            ["V"] = new PdfNumber(version, true),
            ["R"] = new PdfNumber(revision, true),
            ["Length"] = new PdfNumber(128, true),
            ["O"] = new PdfString(o),
            ["U"] = new PdfString([.. u, .. new byte[16]]),
            ["P"] = new PdfNumber(-4, true),
            ["EncryptMetadata"] = PdfBoolean.Of(encryptMetadata),
        };
        foreach (var (key, value) in extra ?? [])
        {
            entries[key] = value;
        }

        var encrypt = new PdfDictionary(entries);
        var trailer = new PdfDictionary(new Dictionary<string, PdfObject> { ["ID"] = new PdfArray([new PdfString(id), new PdfString(id)]) });
        return (encrypt, trailer);
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("boss")]
    public void Create_UserOrOwnerPassword_Authenticates(string password)
    {
        var (encrypt, trailer) = Revision3("secret", "boss", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);

        var handler = StandardSecurityHandler.Create(encrypt, trailer, new DirectResolver(), password, -1, Diagnostics);

        Assert.Equal(16, handler.Settings.KeyLengthBytes);
    }

    [Fact]
    public void Create_WrongPassword_ThrowsEncryptedException()
    {
        var (encrypt, trailer) = Revision3("secret", "boss", [1, 2, 3]);

        var e = Assert.Throws<PdfEncryptedException>(() => StandardSecurityHandler.Create(encrypt, trailer, new DirectResolver(), null, -1, Diagnostics));

        Assert.Contains("set PdfReadOptions.Password", e.Message);
    }

    [Fact]
    public void DecryptString_Rc4_UsesObjectKey()
    {
        var (encrypt, trailer) = Revision3(string.Empty, "boss", [9, 9, 9]);
        var handler = StandardSecurityHandler.Create(encrypt, trailer, new DirectResolver(), null, 99, Diagnostics);
        var settings = handler.Settings;
        var fileKey = StandardKeyDerivation.ComputeFileKey(settings, []);
        var plain = "Requires improvement"u8.ToArray();
        var cipher = Rc4.Apply(StandardKeyDerivation.ObjectKey(fileKey, 12, 0, aes: false), plain);

        Assert.Equal(plain, handler.DecryptString(cipher, 12, 0));
        Assert.Equal(cipher, handler.DecryptString(cipher, 99, 0)); // the /Encrypt object itself is never encrypted
    }

    [Fact]
    public void Create_PublicKeyHandler_ThrowsUnsupported()
    {
        var encrypt = new PdfDictionary(new Dictionary<string, PdfObject> { ["Filter"] = new PdfName("Adobe.PubSec"), ["V"] = new PdfNumber(4, true) });

        var e = Assert.Throws<PdfEncryptedException>(() => StandardSecurityHandler.Create(encrypt, encrypt, new DirectResolver(), null, -1, Diagnostics));

        Assert.Contains("Adobe.PubSec", e.Message);
    }

    [Fact]
    public void ObjectKey_Aes_AppendsSaltAndTruncates()
    {
        byte[] fileKey = [.. Enumerable.Range(0, 16).Select(i => (byte)i)];
        byte[] expectedInput = [.. fileKey, 5, 0, 0, 0, 0, .. "sAlT"u8.ToArray()];

        var key = StandardKeyDerivation.ObjectKey(fileKey, 5, 0, aes: true);

        Assert.Equal(MD5.HashData(expectedInput), key);
    }

    [Fact]
    public void Hash_Revision6_DiffersFromRevision5AndIsDeterministic()
    {
        var r5 = StandardKeyDerivation.Hash(5, "pw"u8, "saltsalt"u8, []);
        var r6a = StandardKeyDerivation.Hash(6, "pw"u8, "saltsalt"u8, []);
        var r6b = StandardKeyDerivation.Hash(6, "pw"u8, "saltsalt"u8, []);

        Assert.Equal(SHA256.HashData("pwsaltsalt"u8), r5);
        Assert.Equal(32, r6a.Length);
        Assert.Equal(r6a, r6b);
        Assert.NotEqual(r5, r6a);
    }

    private static Dictionary<string, PdfObject> CryptFilters(string stringFilter) => new()
    {
        ["CF"] = new PdfDictionary(new Dictionary<string, PdfObject>
        {
            ["StdCF"] = new PdfDictionary(new Dictionary<string, PdfObject> { ["CFM"] = new PdfName("AESV2"), ["Length"] = new PdfNumber(16, true) }),
        }),
        ["StmF"] = new PdfName("StdCF"),
        ["StrF"] = new PdfName(stringFilter),
    };

    private static byte[] AesEncrypt(byte[] key, byte[] plain)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var iv = Enumerable.Range(100, 16).Select(i => (byte)i).ToArray();
        return [.. iv, .. aes.EncryptCbc(plain, iv, PaddingMode.PKCS7)];
    }

    [Fact]
    public void DecryptStream_AesV2CryptFilter_DecryptsAndStripsPadding()
    {
        var (encrypt, trailer) = Revision3(string.Empty, "boss", [4, 4], version: 4, revision: 4, extra: CryptFilters("StdCF"));
        var handler = StandardSecurityHandler.Create(encrypt, trailer, new DirectResolver(), null, -1, Diagnostics);
        var fileKey = StandardKeyDerivation.ComputeFileKey(handler.Settings, []);
        var plain = "BT (Good) Tj ET"u8.ToArray();
        var cipher = AesEncrypt(StandardKeyDerivation.ObjectKey(fileKey, 7, 0, aes: true), plain);
        var dictionary = new PdfDictionary(new Dictionary<string, PdfObject>());

        var decrypted = handler.DecryptStream(cipher, dictionary, 7, 0);

        Assert.Equal(CryptMethod.AesV2, handler.Settings.StreamMethod);
        Assert.Equal(plain, decrypted.ToArray());
        Assert.Equal(plain, handler.DecryptString(cipher, 7, 0));
    }

    [Fact]
    public void DecryptString_IdentityStringFilter_LeavesStringsAlone()
    {
        var (encrypt, trailer) = Revision3(string.Empty, "boss", [4, 4], version: 4, revision: 4, extra: CryptFilters("Identity"));
        var handler = StandardSecurityHandler.Create(encrypt, trailer, new DirectResolver(), null, -1, Diagnostics);

        Assert.Equal("plain"u8.ToArray(), handler.DecryptString("plain"u8, 3, 0));
    }

    [Fact]
    public void DecryptStream_MetadataLeftInClear_IsNotDecrypted()
    {
        var (encrypt, trailer) = Revision3(string.Empty, "boss", [4, 4], version: 4, revision: 4, encryptMetadata: false, extra: CryptFilters("StdCF"));
        var handler = StandardSecurityHandler.Create(encrypt, trailer, new DirectResolver(), null, -1, Diagnostics);
        var metadata = new PdfDictionary(new Dictionary<string, PdfObject> { ["Type"] = new PdfName("Metadata") });
        var xref = new PdfDictionary(new Dictionary<string, PdfObject> { ["Type"] = new PdfName("XRef") });
        var clear = "<x:xmpmeta/>"u8.ToArray();

        Assert.Equal(clear, handler.DecryptStream(clear, metadata, 9, 0).ToArray());
        Assert.Equal(clear, handler.DecryptStream(clear, xref, 9, 0).ToArray());
    }

    [Fact]
    public void DecryptString_AesDataTooShort_IsEmptyWithWarning()
    {
        var diagnostics = new PdfDiagnostics(true);
        var (encrypt, trailer) = Revision3(string.Empty, "boss", [4, 4], version: 4, revision: 4, extra: CryptFilters("StdCF"));
        var handler = StandardSecurityHandler.Create(encrypt, trailer, new DirectResolver(), null, -1, diagnostics);

        Assert.Empty(handler.DecryptString([1, 2, 3], 5, 0));
        Assert.Contains(diagnostics.Warnings, w => w.Code == "aes-damaged");
    }
}
