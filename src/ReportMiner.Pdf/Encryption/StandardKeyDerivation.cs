using System.Security.Cryptography;
using System.Text;

namespace ReportMiner.Pdf.Encryption;

/// <summary>
/// The password algorithms of the standard security handler: ISO 32000-1 §7.6.3.3 algorithms 2, 4, 5 and 7
/// (revisions 2–4, MD5 and RC4) and ISO 32000-2 §7.6.4.3.3–4 algorithms 2.A and 2.B (revisions 5–6, SHA-2 and AES-256).
/// Each method returns the file key, or null when the password does not match.
/// </summary>
internal static class StandardKeyDerivation
{
    /// <summary>The 32-byte padding string every revision 2–4 password is completed with.</summary>
    private static ReadOnlySpan<byte> Padding =>
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>Tries <paramref name="password"/> as the user password, then as the owner password.</summary>
    public static byte[]? Authenticate(EncryptionSettings settings, string password) =>
        settings.Revision >= 5
            ? AuthenticateUserR6(settings, password) ?? AuthenticateOwnerR6(settings, password)
            : AuthenticateUser(settings, PdfDocBytes(password)) ?? AuthenticateOwner(settings, PdfDocBytes(password));

    /// <summary>Algorithm 2: the file key from a (padded) user password.</summary>
    public static byte[] ComputeFileKey(EncryptionSettings settings, ReadOnlySpan<byte> password)
    {
        var n = settings.KeyLengthBytes;
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        Span<byte> padded = stackalloc byte[32];
        Pad(password, padded);
        md5.AppendData(padded);
        md5.AppendData(settings.Owner.AsSpan(0, Math.Min(32, settings.Owner.Length)));
        Span<byte> p = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(p, settings.Permissions);
        md5.AppendData(p);
        md5.AppendData(settings.FirstId);
        if (settings.Revision >= 4 && !settings.EncryptMetadata)
        {
            md5.AppendData([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = md5.GetHashAndReset();
        if (settings.Revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, n));
            }
        }

        return hash.AsSpan(0, n).ToArray();
    }

    /// <summary>The per-object key of revisions 2–4 (algorithm 1): MD5 of file key, object number, generation (and "sAlT" for AES).</summary>
    public static byte[] ObjectKey(ReadOnlySpan<byte> fileKey, int objectNumber, int generation, bool aes)
    {
        Span<byte> input = stackalloc byte[fileKey.Length + 9];
        fileKey.CopyTo(input);
        var p = fileKey.Length;
        input[p++] = (byte)objectNumber;
        input[p++] = (byte)(objectNumber >> 8);
        input[p++] = (byte)(objectNumber >> 16);
        input[p++] = (byte)generation;
        input[p++] = (byte)(generation >> 8);
        if (aes)
        {
            "sAlT"u8.CopyTo(input[p..]);
            p += 4;
        }

        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(input[..p], hash);
        return hash[..Math.Min(fileKey.Length + 5, 16)].ToArray();
    }

    /// <summary>Algorithms 4 and 5: checks a user password against /U.</summary>
    private static byte[]? AuthenticateUser(EncryptionSettings settings, ReadOnlySpan<byte> password)
    {
        var key = ComputeFileKey(settings, password);
        var u = settings.User;
        if (settings.Revision == 2)
        {
            var expected = Rc4.Apply(key, Padding);
            return u.Length >= 32 && expected.AsSpan().SequenceEqual(u.AsSpan(0, 32)) ? key : null;
        }

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(Padding);
        md5.AppendData(settings.FirstId);
        var value = md5.GetHashAndReset();
        Rc4.Apply(key, value, value);
        Span<byte> roundKey = stackalloc byte[key.Length];
        for (var i = 1; i <= 19; i++)
        {
            XorKey(key, (byte)i, roundKey);
            Rc4.Apply(roundKey, value, value);
        }

        // Only the first 16 bytes of /U are defined for revision 3 and later.
        return u.Length >= 16 && value.AsSpan(0, 16).SequenceEqual(u.AsSpan(0, 16)) ? key : null;
    }

    /// <summary>Algorithm 7: recovers the user password from /O with the owner password, then checks it.</summary>
    private static byte[]? AuthenticateOwner(EncryptionSettings settings, ReadOnlySpan<byte> password)
    {
        if (settings.Owner.Length < 32)
        {
            return null;
        }

        Span<byte> padded = stackalloc byte[32];
        Pad(password, padded);
        var hash = MD5.HashData(padded);
        var n = settings.KeyLengthBytes;
        if (settings.Revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash);
            }
        }

        var key = hash.AsSpan(0, n).ToArray();
        var userPassword = settings.Owner.AsSpan(0, 32).ToArray();
        if (settings.Revision == 2)
        {
            Rc4.Apply(key, userPassword, userPassword);
        }
        else
        {
            Span<byte> roundKey = stackalloc byte[n];
            for (var i = 19; i >= 0; i--)
            {
                XorKey(key, (byte)i, roundKey);
                Rc4.Apply(roundKey, userPassword, userPassword);
            }
        }

        return AuthenticateUser(settings, userPassword);
    }

    /// <summary>Algorithm 2.A, user half: /U holds a hash (32 bytes), a validation salt and a key salt (8 each); /UE the wrapped file key.</summary>
    private static byte[]? AuthenticateUserR6(EncryptionSettings settings, string password)
    {
        var u = settings.User;
        if (u.Length < 48 || settings.UserEncryptionKey.Length < 32)
        {
            return null;
        }

        var pw = Utf8Password(password);
        var check = Hash(settings.Revision, pw, u.AsSpan(32, 8), []);
        if (!check.AsSpan().SequenceEqual(u.AsSpan(0, 32)))
        {
            return null;
        }

        var intermediate = Hash(settings.Revision, pw, u.AsSpan(40, 8), []);
        return UnwrapKey(intermediate, settings.UserEncryptionKey);
    }

    /// <summary>Algorithm 2.A, owner half: as the user half with /O, /OE and the 48 bytes of /U mixed into the hash.</summary>
    private static byte[]? AuthenticateOwnerR6(EncryptionSettings settings, string password)
    {
        var o = settings.Owner;
        var u = settings.User;
        if (o.Length < 48 || u.Length < 48 || settings.OwnerEncryptionKey.Length < 32)
        {
            return null;
        }

        var pw = Utf8Password(password);
        var check = Hash(settings.Revision, pw, o.AsSpan(32, 8), u.AsSpan(0, 48));
        if (!check.AsSpan().SequenceEqual(o.AsSpan(0, 32)))
        {
            return null;
        }

        var intermediate = Hash(settings.Revision, pw, o.AsSpan(40, 8), u.AsSpan(0, 48));
        return UnwrapKey(intermediate, settings.OwnerEncryptionKey);
    }

    /// <summary>Revision 5: one SHA-256. Revision 6: algorithm 2.B, at least 64 rounds of AES-128 and SHA-256/384/512.</summary>
    internal static byte[] Hash(int revision, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userKey)
    {
        var first = new byte[password.Length + salt.Length + userKey.Length];
        password.CopyTo(first);
        salt.CopyTo(first.AsSpan(password.Length));
        userKey.CopyTo(first.AsSpan(password.Length + salt.Length));
        var k = SHA256.HashData(first);
        if (revision == 5)
        {
            return k;
        }

        using var aes = Aes.Create();
        byte[] e = [];
        for (var round = 0; round < 64 || e[^1] > round - 32; round++)
        {
            var blockLength = password.Length + k.Length + userKey.Length;
            var k1 = new byte[blockLength * 64];
            for (var i = 0; i < 64; i++)
            {
                var block = k1.AsSpan(i * blockLength, blockLength);
                password.CopyTo(block);
                k.CopyTo(block[password.Length..]);
                userKey.CopyTo(block[(password.Length + k.Length)..]);
            }

            aes.Key = k.AsSpan(0, 16).ToArray();
            e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);

            // The first 16 bytes of E as a big number mod 3 equal the sum of its bytes mod 3, since 256 ≡ 1 (mod 3).
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
        }

        return k.AsSpan(0, 32).ToArray();
    }

    private static byte[] UnwrapKey(byte[] intermediate, byte[] wrapped)
    {
        using var aes = Aes.Create();
        aes.Key = intermediate;
        return aes.DecryptCbc(wrapped.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }

    private static void Pad(ReadOnlySpan<byte> password, Span<byte> padded)
    {
        var n = Math.Min(32, password.Length);
        password[..n].CopyTo(padded);
        Padding[..(32 - n)].CopyTo(padded[n..]);
    }

    private static void XorKey(ReadOnlySpan<byte> key, byte value, Span<byte> result)
    {
        for (var j = 0; j < key.Length; j++)
        {
            result[j] = (byte)(key[j] ^ value);
        }
    }

    /// <summary>Revisions 2–4 take the password in PDFDocEncoding; Latin-1 matches it for every character a keyboard password is likely to hold.</summary>
    private static byte[] PdfDocBytes(string password) => Encoding.Latin1.GetBytes(password);

    /// <summary>Revisions 5–6 take the password in UTF-8 (after SASLprep, which leaves ordinary passwords unchanged), at most 127 bytes.</summary>
    private static byte[] Utf8Password(string password)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        return bytes.Length <= 127 ? bytes : bytes.AsSpan(0, 127).ToArray();
    }
}
