using System.Buffers;

namespace ReportMiner.Pdf.Filters;

/// <summary>
/// A growable output buffer with a hard size limit, so that a decoder fed a "zip bomb" stops at
/// <see cref="PdfReadOptions.MaxDecodedStreamBytes"/> instead of exhausting memory. The working buffer comes from
/// the shared array pool and goes back to it on <see cref="Dispose"/>: only <see cref="ToArray"/>'s copy of exactly
/// the decoded bytes is allocated, not every size the buffer passed through on the way.
/// </summary>
internal sealed class ByteSink : IDisposable
{
    private readonly int _limit;
    private byte[] _buffer;
    private int _length;

    public ByteSink(long initialCapacity, long limit)
    {
        _limit = (int)Math.Clamp(limit, 0, Array.MaxLength);
        _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(initialCapacity, 16, Math.Max(16, _limit)));
    }

    /// <summary>The number of bytes written.</summary>
    public int Length => _length;

    /// <summary>Whether a write was cut short because the limit was reached.</summary>
    public bool LimitReached { get; private set; }

    /// <summary>Whether no more bytes can be written.</summary>
    public bool IsFull => _length >= _limit;

    /// <summary>The bytes written so far.</summary>
    public Span<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>A writable span of up to <paramref name="sizeHint"/> bytes (fewer near the limit, empty at it); commit with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int sizeHint)
    {
        var size = Math.Min(sizeHint, _limit - _length);
        Ensure(size);
        return _buffer.AsSpan(_length, size);
    }

    /// <summary>Commits <paramref name="count"/> bytes written into the span from <see cref="GetSpan"/>.</summary>
    public void Advance(int count) => _length += count;

    /// <summary>Appends <paramref name="data"/>; false (and <see cref="LimitReached"/>) when it did not all fit.</summary>
    public bool Write(ReadOnlySpan<byte> data)
    {
        var room = _limit - _length;
        var n = Math.Min(room, data.Length);
        Ensure(n);
        data[..n].CopyTo(_buffer.AsSpan(_length));
        _length += n;
        if (n < data.Length)
        {
            LimitReached = true;
            return false;
        }

        return true;
    }

    /// <summary>Appends one byte; false (and <see cref="LimitReached"/>) at the limit.</summary>
    public bool WriteByte(byte value)
    {
        if (_length >= _limit)
        {
            LimitReached = true;
            return false;
        }

        Ensure(1);
        _buffer[_length++] = value;
        return true;
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public bool Fill(byte value, int count)
    {
        var n = Math.Min(count, _limit - _length);
        Ensure(n);
        _buffer.AsSpan(_length, n).Fill(value);
        _length += n;
        if (n < count)
        {
            LimitReached = true;
            return false;
        }

        return true;
    }

    /// <summary>Copies <paramref name="count"/> already-written bytes from <paramref name="offset"/> to the end (LZW reuses earlier output).</summary>
    public bool CopyWithin(int offset, int count)
    {
        var n = Math.Min(count, _limit - _length);
        Ensure(n);
        _buffer.AsSpan(offset, n).CopyTo(_buffer.AsSpan(_length));
        _length += n;
        if (n < count)
        {
            LimitReached = true;
            return false;
        }

        return true;
    }

    /// <summary>Marks the output as cut short by the limit.</summary>
    public void MarkLimitReached() => LimitReached = true;

    /// <summary>The written bytes as a new array of exactly <see cref="Length"/> bytes.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    /// <summary>Returns the working buffer to the pool; the sink is empty and unusable afterwards.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int extra)
    {
        var needed = _length + extra;
        if (needed <= _buffer.Length)
        {
            return;
        }

        var size = (int)Math.Min(Math.Max(needed, (long)_buffer.Length * 2), _limit);
        var larger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
