using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportMiner.Cli.Input;

/// <summary>
/// <c>--shard K/N</c>: shard K (1 to N) of N takes the inputs whose shard key (the path relative to the folder or
/// glob that named it, see <see cref="InputFile"/>) hashes to K − 1 modulo N, the hash being the first 8 bytes of
/// the SHA-256 of the key's UTF-8, big-endian. So every input is in exactly one shard, a file stays in its shard
/// when the folder grows or is mounted elsewhere, and shards are only roughly equal in size.
/// </summary>
/// <param name="Index">K, from 1.</param>
/// <param name="Count">N.</param>
internal sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Reads <c>K/N</c> with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string? text, out ShardSpec? shard)
    {
        shard = null;
        var parts = text?.Split('/') ?? [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n)
        {
            return false;
        }

        shard = new ShardSpec(k, n);
        return true;
    }

    /// <summary>The shard (0 to N − 1) of <paramref name="shardKey"/> among <paramref name="count"/>.</summary>
    public static int Of(string shardKey, int count)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(shardKey), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>Whether <paramref name="file"/> belongs to this shard.</summary>
    public bool Contains(InputFile file) => Of(file.ShardKey, Count) == Index - 1;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
