using ReportMiner.Documents;
using ReportMiner.Extraction.Areas;
using ReportMiner.Text;

namespace ReportMiner.Extraction;

/// <summary>
/// What every extractor needs to know about a document's text, computed once: its sentences with their
/// sections, and the area mentions of every block.
/// </summary>
public sealed class DocumentAnalysis
{
    private readonly List<AreaMention>[] _blockMentions;
    private string? _joinedText;
    private string? _opening;

    internal DocumentAnalysis(ReportDocument document, Gazetteer gazetteer, DocumentBudget budget)
    {
        Document = document;
        var sentences = new List<Sentence>();
        var headingIndex = -1;
        _blockMentions = new List<AreaMention>[document.Blocks.Count];
        // A table row's cells are read apart, so that words of neighbouring cells ("Requires" / "Youth Justice Service", wrapped) make no name.
        ExtraAreas = ServiceNameAreaFinder.Find(document.Blocks.SelectMany(b => b.Kind == BlockKind.TableRow && b.Cells.Count > 1 ? b.Cells : [b.Text]), gazetteer);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if ((i & 63) == 0)
            {
                budget.ThrowIfExceeded();
            }

            var block = document.Blocks[i];
            _blockMentions[i] = gazetteer.FindMentions(block.Text).ToList();
            AddExtraMentions(block.Text, _blockMentions[i]);
            if (block.Kind == BlockKind.Heading)
            {
                headingIndex = i;
            }

            if (block.Kind == BlockKind.Furniture)
            {
                continue;
            }

            foreach (var (start, length) in SentenceSplitter.Split(block.Text))
            {
                sentences.Add(new Sentence
                {
                    BlockIndex = i,
                    Block = block,
                    LocalStart = start,
                    Text = block.Text.Substring(start, length),
                    HeadingIndex = block.Kind == BlockKind.Heading ? i : headingIndex,
                });
            }
        }

        Sentences = sentences;
    }

    /// <summary>Areas the gazetteer does not know, named by the document's service names ("Northbridge Youth Justice Service").</summary>
    public IReadOnlyList<GazetteerEntry> ExtraAreas { get; }

    /// <summary>The document analysed.</summary>
    public ReportDocument Document { get; }

    /// <summary>Every sentence of every block except page furniture, in reading order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The first sentence of block <paramref name="blockIndex"/>, or null where it has none (furniture).</summary>
    public Sentence? FirstSentenceOf(int blockIndex)
    {
        // Sentences stand in block order: the first of a block is found by halving.
        int lo = 0, hi = Sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].BlockIndex < blockIndex)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Sentences.Count && Sentences[lo].BlockIndex == blockIndex ? Sentences[lo] : null;
    }

    /// <summary>Every block's text, one block a line (made once: a report's text is large, and several extractors search it whole).</summary>
    internal string JoinedText => _joinedText ??= string.Join("\n", Document.Blocks.Select(b => b.Text));

    /// <summary>The title and the first twelve blocks, one a line: where a report says what it is.</summary>
    internal string Opening => _opening ??=
        (Document.Metadata.Title ?? string.Empty) + "\n" + string.Join("\n", Document.Blocks.Take(12).Select(b => b.Text));

    /// <summary>The area mentions in any text of the document (a title), the document's own service names included.</summary>
    internal List<AreaMention> MentionsInText(string text, Gazetteer gazetteer)
    {
        var mentions = gazetteer.FindMentions(text).ToList();
        AddExtraMentions(text, mentions);
        return mentions;
    }

    private void AddExtraMentions(string text, List<AreaMention> mentions)
    {
        // Each name as written, and in capitals ("SWINDON AND WILTSHIRE PDU: requires improvement").
        foreach (var (entry, name) in ExtraAreas.SelectMany(e => e.Aliases.Prepend(e.Name).SelectMany(n => string.Equals(n, n.ToUpperInvariant(), StringComparison.Ordinal) ? [n] : new[] { n, n.ToUpperInvariant() }).Select(n => (e, n))))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                // A longer name wins over the known names inside it ("Kent, Surrey and Sussex" over "Kent").
                if (bounded && !mentions.Any(m => at < m.Start + m.Length && end > m.Start && m.Length >= name.Length))
                {
                    mentions.RemoveAll(m => at < m.Start + m.Length && end > m.Start);
                    mentions.Add(new AreaMention(entry, at, name.Length));
                }
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The area mentions in block <paramref name="blockIndex"/>, offsets inside the block's text.</summary>
    public IReadOnlyList<AreaMention> MentionsInBlock(int blockIndex) => _blockMentions[blockIndex];

    /// <summary>The area mentions inside <paramref name="sentence"/>, offsets inside the sentence.</summary>
    public IEnumerable<AreaMention> MentionsIn(Sentence sentence)
    {
        var end = sentence.LocalStart + sentence.Text.Length;
        foreach (var m in _blockMentions[sentence.BlockIndex])
        {
            if (m.Start >= sentence.LocalStart && m.Start + m.Length <= end)
            {
                yield return m with { Start = m.Start - sentence.LocalStart };
            }
        }
    }
}
