using System.Text.RegularExpressions;
using ReportMiner.Classification;
using ReportMiner.Documents;
using ReportMiner.Extraction.Areas;
using ReportMiner.Frameworks;
using ReportMiner.Records;

namespace ReportMiner.Extraction;

/// <summary>
/// The state of one document's extraction: what earlier stages decided (kind, inspectorate, date, main area)
/// and the findings so far. Made per document; not shared between threads.
/// </summary>
public sealed partial class ExtractionContext
{
    private const string PoliceInspectorate = "HMICFRS";
    private const string ProbationInspectorate = "HMI Probation";

    /// <summary>The most blocks a finding looks back over for its area (a long list or table stops the search).</summary>
    private const int MaxListLookBack = 40;

    private readonly List<Rating> _ratings = [];
    private readonly List<CaseRatio> _caseRatios = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<ReportWarning> _warnings = [];
    private readonly Lazy<DateOnly?> _impliedDate;

    /// <summary>Creates a context for <paramref name="document"/>.</summary>
    public ExtractionContext(ReportDocument document, FrameworkCatalog frameworks, Gazetteer gazetteer, ClassifierSet? classifiers = null)
        : this(document, frameworks, gazetteer, classifiers, DocumentBudget.Unlimited)
    {
    }

    /// <summary>Creates a context for <paramref name="document"/> whose extraction stays within <paramref name="budget"/>.</summary>
    /// <exception cref="DocumentLimitException">Analysing the document allocated more than the budget allows.</exception>
    /// <exception cref="OperationCanceledException">The budget's token was cancelled.</exception>
    public ExtractionContext(ReportDocument document, FrameworkCatalog frameworks, Gazetteer gazetteer, ClassifierSet? classifiers, DocumentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(budget);
        Budget = budget;
        Document = document;
        Frameworks = frameworks;
        Gazetteer = gazetteer;
        Classifiers = classifiers ?? ClassifierSet.None;
        Analysis = new DocumentAnalysis(document, gazetteer, budget);
        _impliedDate = new Lazy<DateOnly?>(() => ImpliedDate(document));
        _warnings.AddRange(document.Warnings);
    }

    /// <summary>What extracting this document may spend; extractors with long loops call <see cref="DocumentBudget.ThrowIfExceeded"/> in them.</summary>
    public DocumentBudget Budget { get; }

    /// <summary>The document being read.</summary>
    public ReportDocument Document { get; }

    /// <summary>The framework catalogue in use.</summary>
    public FrameworkCatalog Frameworks { get; }

    /// <summary>The gazetteer in use.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The trained classifiers in use (none when rules run alone).</summary>
    public ClassifierSet Classifiers { get; }

    /// <summary>Sentences and area mentions, computed once.</summary>
    public DocumentAnalysis Analysis { get; }

    /// <summary>The document kind, once decided.</summary>
    public string? Kind { get; set; }

    /// <summary>The inspectorate, once decided.</summary>
    public string? Inspectorate { get; set; }

    /// <summary>
    /// Whether the gazetteer's joint services (youth justice and probation services shared by several councils) can own
    /// findings about their councils: in documents of HM Inspectorate of Probation, or of no inspectorate named; an
    /// Ofsted or CQC document on a member council is that council's.
    /// </summary>
    public bool JointServicesApply => Inspectorate is null or ProbationInspectorate;

    /// <summary>The publication date, once decided.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>
    /// The date frameworks are chosen by: the publication date, else the first "Month YYYY" in the opening blocks,
    /// else the latest year the document names (a report dated only "September 2019" is of 2019).
    /// </summary>
    public DateOnly? EffectiveDate => Published ?? _impliedDate.Value;

    /// <summary>The area the whole document is about, where one area dominates it.</summary>
    public string? MainArea { get; set; }

    /// <summary>The provider a single-provider inspection is about (a school, a care home), where one is named.</summary>
    public string? MainProvider { get; set; }

    /// <summary>Every provider (school, care home, practice) the document names, once decided.</summary>
    public IReadOnlyList<string> Providers { get; set; } = [];

    /// <summary>The framework the document's ratings mostly belong to, where one can be told from context.</summary>
    public Framework? DocumentFramework { get; set; }

    /// <summary>The printed score (24 in "24/36").</summary>
    public int? Score { get; set; }

    /// <summary>The printed score's maximum (36 in "24/36").</summary>
    public int? ScoreMax { get; set; }

    /// <summary>Standards a ratings table marks "not rated" (framework id, standard id).</summary>
    public ISet<(string Framework, string Standard)> NotRated { get; } = new HashSet<(string, string)>();

    /// <summary>The ratings found so far.</summary>
    public IReadOnlyList<Rating> Ratings => _ratings;

    /// <summary>The case ratios found so far.</summary>
    public IReadOnlyList<CaseRatio> CaseRatios => _caseRatios;

    /// <summary>The quotes found so far.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes;

    /// <summary>The warnings so far (the loader's included).</summary>
    public IReadOnlyList<ReportWarning> Warnings => _warnings;

    /// <summary>Adds a rating unless the same (area, framework, standard, grade) is already there for the same or an unstated year.</summary>
    public void Add(Rating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        // The same grade read twice (a table and a sentence that names its year) is one rating, unless the year named
        // is before the document's own ("when Derby was last judged good, in 2018"): that is an earlier inspection.
        var currentYear = EffectiveDate?.Year;
        bool SameInspection(int? a, int? b) =>
            a == b || (a is null && (b is null || b >= currentYear - 1)) || (b is null && a >= currentYear - 1) || (currentYear is null && (a is null || b is null));
        var same = _ratings.FindIndex(r => r.Area == rating.Area && r.Framework == rating.Framework && r.Standard == rating.Standard
            && r.Value == rating.Value && (SameInspection(r.Year, rating.Year) || IsPreviousWithoutYear(r, rating.Year, currentYear)));
        if (same < 0)
        {
            _ratings.Add(rating);
        }
        else if (_ratings[same].Year is null && rating.Year < currentYear)
        {
            // A table's "Previous inspection grade" and the sentence that dates it ("At the previous inspection, in
            // January 2017, …") are one rating: it takes the year.
            _ratings[same] = _ratings[same] with { Year = rating.Year };
        }
    }

    /// <summary>Whether <paramref name="existing"/> is a rating labelled as the previous inspection's, without its year, that <paramref name="year"/> (before the document's own) can date.</summary>
    private static bool IsPreviousWithoutYear(Rating existing, int? year, int? currentYear) =>
        existing.Year is null && year < currentYear && existing.Label is { } label && PreviousInspection().IsMatch(label);

    /// <summary>Adds a case ratio unless one with the same evidence span is already there.</summary>
    public void Add(CaseRatio ratio)
    {
        ArgumentNullException.ThrowIfNull(ratio);
        if (!_caseRatios.Any(r => r.Evidence.Span.Start == ratio.Evidence.Span.Start && r.Numerator == ratio.Numerator
            && r.Denominator == ratio.Denominator && r.Percent == ratio.Percent && r.Fraction == ratio.Fraction))
        {
            _caseRatios.Add(ratio);
        }
    }

    /// <summary>Adds a quote.</summary>
    public void Add(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        _quotes.Add(quote);
    }

    /// <summary>Adds a warning.</summary>
    public void Warn(ReportWarning warning) => _warnings.Add(warning);


    /// <summary>
    /// The area a finding in <paramref name="sentence"/> at <paramref name="offset"/> belongs to: an area named in
    /// the sentence (the nearest before the offset, else the first after); else the nearest area named earlier in
    /// the same block or the four blocks before it within the section; else the document's main area.
    /// </summary>
    /// <param name="sentence">The sentence the finding stands in.</param>
    /// <param name="offset">The finding's offset in the sentence.</param>
    /// <param name="policing">Whether the finding is a police inspection's, so that police forces can own it in any document.</param>
    public string? ResolveArea(Sentence sentence, int offset, bool policing = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var area = ResolveNamedArea(sentence, offset, policing);

        // In a report on a joint service, its member councils ("fewer plans in the Caerphilly team") are parts of it;
        // so are they where the joint service is named just before ("West Mercia YOS, which covers … Worcestershire").
        if (area is null || !JointServicesApply || Gazetteer.JointServiceOf(area) is not { } joint)
        {
            return area;
        }

        return joint.Name == MainArea || JointServiceNamedNear(joint, sentence.BlockIndex) ? joint.Name : area;
    }

    /// <summary>
    /// Whether <paramref name="joint"/> is named in the block or the four before it (the items of a list or rows of a
    /// table not counted).
    /// </summary>
    private bool JointServiceNamedNear(GazetteerEntry joint, int blockIndex)
    {
        var stepsLeft = 5;
        for (var b = blockIndex; b >= Math.Max(0, blockIndex - MaxListLookBack) && stepsLeft > 0; b--)
        {
            if (Document.Blocks[b].Kind is not (BlockKind.ListItem or BlockKind.TableRow))
            {
                stepsLeft--;
            }

            if (Analysis.MentionsInBlock(b).Any(m => m.Entry == joint))
            {
                return true;
            }
        }

        return false;
    }

    private string? ResolveNamedArea(Sentence sentence, int offset, bool policing)
    {
        bool IsCandidate(AreaMention m) => this.IsCandidate(m, policing);
        var inSentence = Analysis.MentionsIn(sentence).Where(IsCandidate).ToList();
        if (inSentence.Count > 0)
        {
            // "the Bristol, Gloucestershire, Somerset and Wiltshire CRC – which then supervised cases in Swindon and
            // Gloucestershire – was rated …": places in a clause set off by dashes or commas are not the subject's.
            var aside = DashedAside().Matches(sentence.Text[..Math.Min(offset, sentence.Text.Length)]);
            var before = inSentence.Where(m => m.Start <= offset && !aside.Any(a => m.Start >= a.Index && m.Start < a.Index + a.Length))
                .OrderByDescending(m => m.Start).FirstOrDefault();
            if (before.Entry is null && MainArea is not null && Kind is not (DocumentKinds.NewsArticle or DocumentKinds.AnnualReport))
            {
                // "… 87 per cent of cases – the highest figure we have recorded for Essex": in a report on one
                // area, a place named after the finding is a comparison, not its owner.
                return MainArea;
            }

            return (before.Entry ?? inSentence[0].Entry).Name;
        }

        if (Kind is DocumentKinds.InspectionReport or DocumentKinds.PressRelease or DocumentKinds.InspectionPage && MainArea is not null)
        {
            // An inspection report is about its one area: a place named in an earlier sentence ("chaired by the
            // director of children's services in Worcestershire") is a part of it, not the owner of its findings.
            return MainArea;
        }

        var blockMentions = Analysis.MentionsInBlock(sentence.BlockIndex)
            .Where(m => m.Start < sentence.LocalStart && IsCandidate(m))
            .OrderByDescending(m => m.Start);
        var earlierInBlock = blockMentions.FirstOrDefault();
        if (earlierInBlock.Entry is not null)
        {
            return earlierInBlock.Entry.Name;
        }

        // Four blocks back (a news story quotes a paragraph or two between a place and its grades), not counting the items of a list or the rows of a table the finding stands in.
        var inList = sentence.Block.Kind is BlockKind.ListItem or BlockKind.TableRow;
        var stepsLeft = 4;
        for (var b = sentence.BlockIndex - 1; b >= Math.Max(0, sentence.BlockIndex - MaxListLookBack) && stepsLeft > 0; b--)
        {
            var block = Document.Blocks[b];
            if (!(inList && block.Kind == sentence.Block.Kind))
            {
                stepsLeft--;
            }

            var last = Analysis.MentionsInBlock(b).Where(IsCandidate).OrderByDescending(m => m.Start).FirstOrDefault();
            if (last.Entry is not null)
            {
                return last.Entry.Name;
            }

            if (block.Kind == BlockKind.Heading)
            {
                break;
            }
        }

        return MainArea;
    }

    /// <summary>
    /// The area a finding without a framework of its own (a case ratio) belongs to: in an inspection of one provider
    /// (a CQC, CIW or Estyn report, an Ofsted school report) the provider, whatever places the text names; otherwise
    /// <see cref="ResolveArea"/>.
    /// </summary>
    public string? AreaOfFinding(Sentence sentence, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var providerInspection = MainProvider is not null
            && (Inspectorate is "CQC" or "Care Inspectorate Wales" or "Estyn" || DocumentFramework?.Sector == "schools");
        return providerInspection ? MainProvider : ResolveArea(sentence, offset);
    }

    /// <summary>
    /// The area a rating of <paramref name="framework"/> in <paramref name="sentence"/> belongs to: the provider for
    /// provider frameworks (schools, CQC services) where one is named, otherwise <see cref="ResolveArea"/>.
    /// </summary>
    /// <param name="framework">The rating's framework.</param>
    /// <param name="sentence">The sentence the rating stands in, or null (a table row with no prose).</param>
    /// <param name="offset">The grade's offset in the sentence.</param>
    /// <param name="preferMainArea">Whether the document's main area comes before the sentence's own mentions (tables).</param>
    public string? AreaFor(Framework framework, Sentence? sentence, int offset, bool preferMainArea = false)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (framework.Sector is "schools" or "health" or "wales-care" or "wales-education" && MainProvider is not null)
        {
            // A story on several schools: the one named nearest before the grade, in the sentence or the paragraphs above.
            return Providers.Count > 1 && Kind is not (DocumentKinds.InspectionReport or DocumentKinds.InspectionPage) && sentence is not null
                ? NearestProvider(sentence, offset) ?? MainProvider
                : MainProvider;
        }

        if (framework.Sector is "schools" or "health" or "wales-care" or "wales-education" && Providers.Count > 0 && sentence is not null
            && NearestProvider(sentence, offset) is { } named)
        {
            // A school's grade in a document about something else (a youth justice round-up): the school named.
            return named;
        }

        if (preferMainArea && MainArea is not null)
        {
            return MainArea;
        }

        return sentence is null ? MainArea : ResolveArea(sentence, offset, framework.Inspectorate == PoliceInspectorate);
    }

    /// <summary>The provider named last before <paramref name="offset"/> in the sentence, else in its block, else in the two blocks above.</summary>
    private string? NearestProvider(Sentence sentence, int offset)
    {
        string? Last(string text) =>
            Providers.Select(p => (Name: p, At: text.LastIndexOf(p, StringComparison.OrdinalIgnoreCase))).Where(x => x.At >= 0).OrderByDescending(x => x.At).FirstOrDefault().Name;

        var before = sentence.Text[..Math.Min(offset, sentence.Text.Length)];
        if (Last(before) is { } named)
        {
            return named;
        }

        // "the trust was rated Inadequate": the provider that noun names, the main one first.
        if (ProviderNoun().Matches(before) is { Count: > 0 } nouns)
        {
            var noun = nouns[^1].Groups["noun"].Value;
            var providers = Providers.Where(p => p.EndsWith(noun, StringComparison.OrdinalIgnoreCase)).ToList();
            if (providers.Count > 0)
            {
                return providers.Contains(MainProvider!) ? MainProvider : providers[0];
            }
        }

        return Last(before)
            ?? Last(sentence.Block.Text[..Math.Min(sentence.LocalStart, sentence.Block.Text.Length)])
            ?? (sentence.BlockIndex >= 1 ? Last(Document.Blocks[sentence.BlockIndex - 1].Text) : null)
            ?? (sentence.BlockIndex >= 2 ? Last(Document.Blocks[sentence.BlockIndex - 2].Text) : null);
    }

    /// <summary>Whether a mention can be an inspected area in this document (police forces only in police inspections).</summary>
    internal bool IsCandidate(AreaMention mention) => IsCandidate(mention, policing: false);

    /// <summary>
    /// Whether a mention can own a finding: police forces only in police inspections, or where the finding itself is
    /// a police inspection's (a force's PEEL grades in a round-up of youth justice news).
    /// </summary>
    internal bool IsCandidate(AreaMention mention, bool policing) =>
        mention.Entry is not null
        && (mention.Entry.Kind != AreaKind.PoliceForce || policing || Inspectorate == PoliceInspectorate);

    private static DateOnly? ImpliedDate(ReportDocument document)
    {
        foreach (var block in document.Blocks.Take(15))
        {
            var m = MonthYear().Match(block.Text);
            if (m.Success && DateTime.TryParseExact("1 " + m.Value, ["d MMMM yyyy", "d MMM yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var d))
            {
                return DateOnly.FromDateTime(d);
            }
        }

        var years = Year().Matches(document.Text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Where(y => y is >= 2000 and <= 2099).ToList();
        return years.Count == 0 ? null : new DateOnly(years.Max(), 7, 1);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:the|this|that)\s+(?<noun>trust|school|academy|hospital|home|practice|college|nursery|surgery)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ProviderNoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b")]
    private static partial System.Text.RegularExpressions.Regex MonthYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial System.Text.RegularExpressions.Regex Year();

    /// <summary>The record of everything found.</summary>
    public ReportRecord ToRecord(string source)
    {
        var areas = new List<string>();
        void AddArea(string? a)
        {
            if (a is not null && !areas.Contains(a, StringComparer.OrdinalIgnoreCase))
            {
                areas.Add(a);
            }
        }

        foreach (var r in _ratings)
        {
            AddArea(r.Area);
        }

        foreach (var c in _caseRatios)
        {
            AddArea(c.Area);
        }

        if (areas.Count == 0 && MainArea is not null && Kind is DocumentKinds.InspectionReport or DocumentKinds.PressRelease or DocumentKinds.InspectionPage)
        {
            AddArea(MainArea);
        }

        return new ReportRecord
        {
            Source = source,
            Kind = Kind,
            Inspectorate = Inspectorate,
            Published = Published,
            Areas = areas,
            Ratings = _ratings.ToArray(),
            CaseRatios = _caseRatios.ToArray(),
            Quotes = _quotes.ToArray(),
            Score = Score,
            ScoreMax = ScoreMax,
            Warnings = _warnings.ToArray(),
        };
    }

    /// <summary>
    /// A clause set off by dashes (" – which then supervised … – ") or commas (", inspected for the first time since the
    /// county of Cumbria was replaced …, "), relative or participial, between a subject and its verb.
    /// </summary>
    [GeneratedRegex(@"\s[-–—]\s+(?:which|who|whose|where|that)\b(?:(?!\s[-–—]\s).)*?\s[-–—]\s|,\s+(?:which|who|whose|where|inspected|having|formerly|once|then|now|last)\b[^,;:]*,\s")]
    private static partial Regex DashedAside();

    [GeneratedRegex(@"\b(?:previous|last|prior)\s+(?:inspection|judged|rated|graded|inspected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousInspection();
}
