using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>A sentence of a block, with where it stands and the section it belongs to.</summary>
public sealed record Sentence
{
    /// <summary>The block's index in the document.</summary>
    public required int BlockIndex { get; init; }

    /// <summary>The block.</summary>
    public required Block Block { get; init; }

    /// <summary>The sentence's offset inside the block's text.</summary>
    public required int LocalStart { get; init; }

    /// <summary>The sentence's text.</summary>
    public required string Text { get; init; }

    /// <summary>The index of the nearest heading block before this block, or -1.</summary>
    public int HeadingIndex { get; init; } = -1;

    /// <summary>The sentence's offset in the document text.</summary>
    public int Start => Block.Span.Start + LocalStart;

    /// <summary>The span of <paramref name="length"/> characters at <paramref name="offset"/> inside the sentence, in document coordinates.</summary>
    public SourceSpan SpanOf(int offset, int length) => new(Start + offset, length, Block.Page);
}
