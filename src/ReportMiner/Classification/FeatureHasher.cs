using System.Runtime.CompilerServices;

namespace ReportMiner.Classification;

/// <summary>
/// Turns a <see cref="ClassifierInput"/> into a sparse vector of hashed features: the text's words (<c>w:</c>) and
/// word bigrams (<c>b:</c>), character n-grams inside its words (<c>g:</c>, with <c>&lt;</c> and <c>&gt;</c> marking
/// the word's ends), the heading's words (<c>h:</c>), the block kind (<c>k:</c>) and the context's words
/// (<c>c:</c>, leaving out the text itself where the context contains it). Words are lower-cased; numbers fold to <c>&lt;num&gt;</c>, years to <c>&lt;year&gt;</c>, and a
/// section number such as <c>2.1</c> stays as printed. Each group is scaled to its weight in
/// <see cref="FeatureOptions"/> (its values' Euclidean norm equals the weight), so a long context cannot drown the text.
/// </summary>
/// <remarks>
/// The hash is our own and fixed (FNV-1a over UTF-16 code units, then the MurmurHash3 finaliser), never
/// <see cref="string.GetHashCode()"/>, which differs between processes: a model trained today reads text the same
/// way in every later process. Thread-safe.
/// </remarks>
public sealed class FeatureHasher
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private static readonly uint WordSeed = Seed("w:");
    private static readonly uint BigramSeed = Seed("b:");
    private static readonly uint CharSeed = Seed("g:");
    private static readonly uint HeadingSeed = Seed("h:");
    private static readonly uint KindSeed = Seed("k:");
    private static readonly uint ContextSeed = Seed("c:");

    [ThreadStatic]
    private static FeatureBuffer? t_buffer;

    private readonly uint _mask;

    /// <summary>Creates a hasher with <paramref name="options"/> (default: <see cref="FeatureOptions.Default"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public FeatureHasher(FeatureOptions? options = null)
    {
        Options = options ?? FeatureOptions.Default;
        Options.Validate();
        _mask = (uint)Options.Dimension - 1;
    }

    /// <summary>The options in use.</summary>
    public FeatureOptions Options { get; }

    /// <summary>The hashed features of <paramref name="input"/>. A feature may appear more than once; its values add.</summary>
    public FeatureVector Transform(ClassifierInput input)
    {
        var buffer = new FeatureBuffer();
        Transform(input, buffer);
        return new FeatureVector(buffer.Indices.AsSpan(0, buffer.Count).ToArray(), buffer.Values.AsSpan(0, buffer.Count).ToArray());
    }

    /// <summary>The hash of <paramref name="text"/> (FNV-1a over UTF-16 code units, then the MurmurHash3 finaliser).</summary>
    public static uint Hash(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = Step(h, c);
        }

        return Finish(h);
    }

    /// <summary>A per-thread buffer for hot paths.</summary>
    internal static FeatureBuffer ThreadBuffer => t_buffer ??= new FeatureBuffer();

    /// <summary>Writes the features of <paramref name="input"/> into <paramref name="buffer"/> (cleared first).</summary>
    internal void Transform(ClassifierInput input, FeatureBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(input);
        buffer.Clear();
        var o = Options;

        buffer.Tokenise(input.Text ?? string.Empty);
        var start = buffer.Count;
        for (var t = 0; t < buffer.TokenCount; t++)
        {
            var token = buffer.Token(t);
            buffer.Add(Index(Continue(WordSeed, token)));
            if (o.WordBigrams && t > 0)
            {
                var h = Continue(BigramSeed, buffer.Token(t - 1));
                h = Step(h, ' ');
                buffer.Add(Index(Continue(h, token)));
            }
        }

        buffer.Scale(start, o.WordWeight);

        if (o.CharMin > 0 && o.CharWeight > 0)
        {
            start = buffer.Count;
            for (var t = 0; t < buffer.TokenCount; t++)
            {
                AddCharGrams(buffer, t);
            }

            buffer.Scale(start, o.CharWeight);
        }

        if (o.HeadingWeight > 0 && !string.IsNullOrWhiteSpace(input.Heading))
        {
            AddWords(buffer, input.Heading, HeadingSeed, o.HeadingWeight);
        }

        if (o.KindWeight > 0 && !string.IsNullOrWhiteSpace(input.BlockKind))
        {
            var h = KindSeed;
            foreach (var c in input.BlockKind)
            {
                h = Step(h, char.ToLowerInvariant(c));
            }

            start = buffer.Count;
            buffer.Add(Index(h));
            buffer.Scale(start, o.KindWeight);
        }

        if (o.ContextWeight > 0 && !string.IsNullOrWhiteSpace(input.Context))
        {
            // The context is read for what surrounds the text (who said it, what the paragraph is about), so the
            // text itself is taken out of it where it stands there.
            var context = input.Context;
            var at = string.IsNullOrEmpty(input.Text) ? -1 : context.IndexOf(input.Text, StringComparison.Ordinal);
            if (at >= 0)
            {
                context = string.Concat(context.AsSpan(0, at), " ", context.AsSpan(at + input.Text!.Length));
            }

            AddWords(buffer, context, ContextSeed, o.ContextWeight);
        }
    }

    private void AddWords(FeatureBuffer buffer, string text, uint seed, float weight)
    {
        buffer.Tokenise(text);
        var start = buffer.Count;
        for (var t = 0; t < buffer.TokenCount; t++)
        {
            buffer.Add(Index(Continue(seed, buffer.Token(t))));
        }

        buffer.Scale(start, weight);
    }

    private void AddCharGrams(FeatureBuffer buffer, int t)
    {
        if (!buffer.IsWord(t))
        {
            return;
        }

        var token = buffer.Token(t);
        var length = token.Length + 2;
        int min = Options.CharMin, max = Options.CharMax;
        for (var s = 0; s + min <= length; s++)
        {
            var h = CharSeed;
            for (var j = s; j < length && j - s < max; j++)
            {
                var c = j == 0 ? '<' : j == length - 1 ? '>' : token[j - 1];
                h = Step(h, c);
                if (j - s + 1 >= min)
                {
                    buffer.Add(Index(h));
                }
            }
        }
    }

    private int Index(uint h) => (int)(Finish(h) & _mask);

    private static uint Seed(string prefix)
    {
        var h = FnvOffset;
        foreach (var c in prefix)
        {
            h = Step(h, c);
        }

        return h;
    }

    private static uint Continue(uint h, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            h = Step(h, c);
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Step(uint h, char c) => (h ^ c) * FnvPrime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }
}

/// <summary>A sparse vector of hashed features: parallel indices and values; an index may repeat.</summary>
public sealed class FeatureVector
{
    private readonly int[] _indices;
    private readonly float[] _values;

    internal FeatureVector(int[] indices, float[] values)
    {
        _indices = indices;
        _values = values;
    }

    /// <summary>The number of entries.</summary>
    public int Count => _indices.Length;

    /// <summary>The feature indices.</summary>
    public ReadOnlySpan<int> Indices => _indices;

    /// <summary>The values, one per index.</summary>
    public ReadOnlySpan<float> Values => _values;
}

/// <summary>Reusable space for tokens and features, so that classifying allocates nothing.</summary>
internal sealed class FeatureBuffer
{
    private char[] _chars = new char[256];
    private int _charCount;
    private int[] _tokenStart = new int[64];
    private int[] _tokenLength = new int[64];
    private bool[] _tokenIsWord = new bool[64];

    public int[] Indices { get; private set; } = new int[512];

    public float[] Values { get; private set; } = new float[512];

    public int Count { get; private set; }

    public int TokenCount { get; private set; }

    public void Clear()
    {
        Count = 0;
        TokenCount = 0;
        _charCount = 0;
    }

    public ReadOnlySpan<char> Token(int t) => _chars.AsSpan(_tokenStart[t], _tokenLength[t]);

    public bool IsWord(int t) => _tokenIsWord[t];

    public void Add(int index)
    {
        if (Count == Indices.Length)
        {
            var indices = Indices;
            var values = Values;
            Array.Resize(ref indices, Count * 2);
            Array.Resize(ref values, Count * 2);
            Indices = indices;
            Values = values;
        }

        Indices[Count++] = index;
    }

    /// <summary>Gives the features from <paramref name="start"/> on equal values whose Euclidean norm is <paramref name="weight"/>.</summary>
    public void Scale(int start, float weight)
    {
        var n = Count - start;
        if (n == 0)
        {
            return;
        }

        var v = weight / MathF.Sqrt(n);
        Values.AsSpan(start, n).Fill(v);
    }

    /// <summary>
    /// Splits <paramref name="text"/> into lower-cased tokens: runs of letters (apostrophes dropped, digits inside
    /// a word read as 0), numbers (<c>&lt;num&gt;</c>, <c>&lt;year&gt;</c> for 1900–2099, or a section number such
    /// as <c>2.1</c> as printed) and <c>%</c>. Replaces the previous tokens.
    /// </summary>
    public void Tokenise(string text)
    {
        TokenCount = 0;
        _charCount = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = _charCount;
                while (i < text.Length)
                {
                    c = text[i];
                    if (char.IsLetter(c))
                    {
                        Append(char.ToLowerInvariant(c));
                    }
                    else if (char.IsDigit(c))
                    {
                        Append('0');
                    }
                    else if (c is not ('\'' or '’'))
                    {
                        break;
                    }

                    i++;
                }

                if (_charCount > start)
                {
                    AddToken(start, _charCount - start, true);
                }
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i])
                    || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start)))
                {
                    i++;
                }

                AddNumber(text.AsSpan(start, i - start));
            }
            else
            {
                if (c == '%')
                {
                    AddLiteral("%");
                }

                i++;
            }
        }
    }

    private void AddNumber(ReadOnlySpan<char> number)
    {
        if (number.Length is 3 or 4 && char.IsDigit(number[0]) && number[1] == '.' && !number[2..].Contains('.'))
        {
            AddLiteral(number);
        }
        else if (number.Length == 4 && ((number[0] == '1' && number[1] == '9') || (number[0] == '2' && number[1] == '0')))
        {
            AddLiteral("<year>");
        }
        else
        {
            AddLiteral("<num>");
        }
    }

    private void AddLiteral(ReadOnlySpan<char> literal)
    {
        var start = _charCount;
        foreach (var c in literal)
        {
            Append(c);
        }

        AddToken(start, literal.Length, false);
    }

    private void Append(char c)
    {
        if (_charCount == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[_charCount++] = c;
    }

    private void AddToken(int start, int length, bool isWord)
    {
        if (TokenCount == _tokenStart.Length)
        {
            Array.Resize(ref _tokenStart, TokenCount * 2);
            Array.Resize(ref _tokenLength, TokenCount * 2);
            Array.Resize(ref _tokenIsWord, TokenCount * 2);
        }

        _tokenStart[TokenCount] = start;
        _tokenLength[TokenCount] = length;
        _tokenIsWord[TokenCount] = isWord;
        TokenCount++;
    }
}
