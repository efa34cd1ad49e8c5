namespace ReportMiner.Pdf.Encryption;

/// <summary>
/// The RC4 stream cipher, used by PDF's standard security handler up to revision 4. The runtime does not
/// provide it (it is broken for new uses), so it is written here; it only ever decrypts existing files.
/// </summary>
internal static class Rc4
{
    /// <summary>Encrypts or decrypts (the same operation) <paramref name="input"/> into <paramref name="output"/>, which may be the same memory.</summary>
    public static void Apply(ReadOnlySpan<byte> key, ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("The RC4 key must not be empty.", nameof(key));
        }

        Span<byte> state = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            state[i] = (byte)i;
        }

        var j = 0;
        for (var i = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
        }

        var x = 0;
        var y = 0;
        for (var k = 0; k < input.Length; k++)
        {
            x = (x + 1) & 0xFF;
            y = (y + state[x]) & 0xFF;
            (state[x], state[y]) = (state[y], state[x]);
            output[k] = (byte)(input[k] ^ state[(state[x] + state[y]) & 0xFF]);
        }
    }

    /// <summary>Returns <paramref name="input"/> transformed with <paramref name="key"/> in a new array.</summary>
    public static byte[] Apply(ReadOnlySpan<byte> key, ReadOnlySpan<byte> input)
    {
        var output = new byte[input.Length];
        Apply(key, input, output);
        return output;
    }
}
