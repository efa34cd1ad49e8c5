namespace ReportMiner.Classification;

/// <summary>
/// What <see cref="FeatureHasher"/> extracts from a <see cref="ClassifierInput"/>, and how much each group of
/// features weighs. Stored in every model, so a model always reads text the way it was trained. Immutable; change
/// with <c>with</c>.
/// </summary>
public sealed record FeatureOptions
{
    /// <summary>The defaults: 2^18 hashed features, word unigrams and bigrams, character 3–5-grams, all context.</summary>
    public static FeatureOptions Default { get; } = new();

    /// <summary>The hash space is 2^<c>HashBits</c> features. Default: 18. Between 4 and 24.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Whether word bigrams of the text are features. Default: true.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>The shortest character n-gram taken inside a word (0: none). Default: 3.</summary>
    public int CharMin { get; init; } = 3;

    /// <summary>The longest character n-gram taken inside a word. Default: 5.</summary>
    public int CharMax { get; init; } = 5;

    /// <summary>The weight of the text's word features (unigrams and bigrams together). Default: 1.</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>The weight of the text's character n-grams together. Default: 1.</summary>
    public float CharWeight { get; init; } = 1f;

    /// <summary>The weight of the heading's words together (prefixed <c>h:</c>; 0 leaves the heading out). Default: 0.7.</summary>
    public float HeadingWeight { get; init; } = 0.7f;

    /// <summary>The weight of the block kind feature (<c>k:</c>; 0 leaves it out). Default: 0.3.</summary>
    public float KindWeight { get; init; } = 0.3f;

    /// <summary>The weight of the context's words together (prefixed <c>c:</c>; 0 leaves the context out). Default: 0.5.</summary>
    public float ContextWeight { get; init; } = 0.5f;

    /// <summary>The number of features in the hash space.</summary>
    public int Dimension => 1 << HashBits;

    /// <summary>Throws where a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(HashBits, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HashBits, 24);
        ArgumentOutOfRangeException.ThrowIfNegative(CharMin);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(CharMax, 12);
        if (CharMin > 0)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(CharMax, CharMin);
        }

        foreach (var w in new[] { WordWeight, CharWeight, HeadingWeight, KindWeight, ContextWeight })
        {
            if (!float.IsFinite(w) || w < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(FeatureOptions), w, "feature weights must be finite and not negative");
            }
        }
    }
}
