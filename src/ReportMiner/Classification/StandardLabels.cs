using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;
using ReportMiner.Records;

namespace ReportMiner.Classification;

/// <summary>
/// The labels of the standard-attribution model: <c>framework/standard</c> (<c>hmip-probation-2018/2.4</c>), except
/// that the standards sharing a name within their framework (the court and out-of-court twins of the youth 2018
/// framework: 2.1 and 3.1 Assessment, 2.2 and 3.2 Planning, 2.3 and 3.3 Implementation and delivery) are one label,
/// <c>framework/name</c> (<c>hmip-youth-2018/assessment</c>). The model says what a finding is about; whether it is
/// about court or out-of-court work is the rules' to say (<see cref="CourtWording"/>: the sentence's wording, else its
/// section's heading, else court work), as they do for a standard named in the sentence.
/// </summary>
internal static partial class StandardLabels
{
    /// <summary>
    /// The label the model is trained on for the answer <paramref name="label"/> (<c>framework/standard</c> or
    /// <c>any/none</c>): the twins' shared name, or a standard taken as printed by what it is (<see cref="ConceptLabel"/>).
    /// </summary>
    public static string TrainingLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var at = label.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || FrameworkCatalog.Default.Find(label[..at]) is not { } framework || framework.FindStandard(label[(at + 1)..]) is not { } standard)
        {
            return label;
        }

        if (ConceptLabel(framework, standard.Id, null) is { } concept)
        {
            return concept;
        }

        var name = NameOf(standard);
        return framework.Standards.Count(s => NameOf(s) == name) > 1 ? label[..(at + 1)] + name : label;
    }

    /// <summary>
    /// The standard of <paramref name="framework"/> that the model's <paramref name="standard"/> (the part of its label
    /// after <c>/</c>) stands for in <paramref name="domain"/>: the standard with that id, else the one of that name in
    /// that domain (else the first of that name), else null.
    /// </summary>
    public static Standard? Resolve(Framework framework, string standard, int domain)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(standard);
        if (framework.FindStandard(standard) is { } byId)
        {
            return byId;
        }

        var named = framework.Standards.Where(s => NameOf(s) == standard).ToList();
        return named.FirstOrDefault(s => s.Domain == domain) ?? named.FirstOrDefault();
    }

    /// <summary>
    /// The answer (<c>framework/standard</c>) the model's <paramref name="label"/> gives for a finding whose clause is
    /// <paramref name="clause"/> in a sentence (and cues) <paramref name="sentence"/> under <paramref name="heading"/>, as
    /// <c>StandardAttributor</c> resolves it (see <see cref="DomainOf"/>).
    /// </summary>
    public static string Answer(string label, string clause, string? sentence, string? heading)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(clause);
        var at = label.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || FrameworkCatalog.Default.Find(label[..at]) is not { } framework)
        {
            return label;
        }

        var domain = DomainOf(clause, sentence, heading is null ? null : CourtWording.HeadingDomain(heading));
        return Resolve(framework, label[(at + 1)..], domain) is { } standard ? label[..(at + 1)] + standard.Id : label;
    }

    /// <summary>
    /// The domain (court work 2, out-of-court work 3) of a finding: its own clause's wording ("… in 22 of the 23 court
    /// cases"), else its sentence's (a sentence may speak of both: "out-of-court work was outstanding, and court
    /// cases …"), else what its context's cues say of its table or paragraph, else the section's
    /// <paramref name="sectionDomain"/>, else court work.
    /// </summary>
    public static int DomainOf(string clause, string? sentence, int? sectionDomain) =>
        CourtWording.DomainOf(clause) ?? (sentence is null ? null : CourtWording.DomainOf(sentence) ?? CueDomain(sentence)) ?? sectionDomain ?? CourtWording.CourtDomain;

    /// <summary>
    /// The domain the cues of a finding's context (<see cref="FindingInput"/>) give from around its sentence: the numbered
    /// standard its table stands under (<c>cueabovetwo</c>), else the wording of its paragraph before it (<c>cuebeforeoutofcourt</c>).
    /// </summary>
    private static int? CueDomain(string context) =>
        context.Contains("cueabovetwo", StringComparison.Ordinal) ? CourtWording.CourtDomain
        : context.Contains("cueabovethree", StringComparison.Ordinal) ? CourtWording.OutOfCourtDomain
        : context.Contains("cuebeforeoutofcourt", StringComparison.Ordinal) ? CourtWording.OutOfCourtDomain
        : context.Contains("cuebeforecourt", StringComparison.Ordinal) ? CourtWording.CourtDomain
        : null;

    /// <summary>
    /// The model's label for the standard <paramref name="id"/> of <paramref name="framework"/>, which a framework whose
    /// standards are taken as printed (<see cref="Framework.OpenStandards"/>: PDU and 2025 youth numbers and names change
    /// between reports) names by what it is — its printed name <paramref name="printed"/> where known, else the
    /// catalogue's name for the id (<c>hmip-probation-pdu/assessment</c>, <c>hmip-youth-2025/victims</c>) — and any
    /// other framework by its id (null: keep the id).
    /// </summary>
    public static string? ConceptLabel(Framework framework, string id, string? printed)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(id);
        if (!TakenAsPrinted(framework) || id == "overall")
        {
            return null;
        }

        var concept = printed is not null ? ConceptOf(framework, printed) : framework.FindStandard(id) is { } known ? NameOf(known) : null;
        return concept is { Length: > 0 } ? framework.Id + "/" + concept : null;
    }

    /// <summary>Whether the model names <paramref name="framework"/>'s standards by what they are, their numbers and names changing between reports.</summary>
    private static bool TakenAsPrinted(Framework framework) => framework.OpenStandards && framework.Id.StartsWith("hmip-", StringComparison.Ordinal);

    /// <summary>
    /// For a document's <paramref name="ratings"/>, the answer each concept label (<see cref="ConceptLabel"/>) stands for
    /// in it: the id it prints beside that name ("2.1 Assessment" in a PDU report of 2024: <c>hmip-probation-pdu/assessment</c>
    /// is <c>hmip-probation-pdu/2.1</c>). The first rating of a name wins.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PrintedAnswers(IEnumerable<Rating> ratings, FrameworkCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        catalog ??= FrameworkCatalog.Default;
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in ratings)
        {
            if (r.Standard is { } id && r.Label is { } printed && catalog.Find(r.Framework) is { } framework
                && ConceptLabel(framework, id, printed) is { } concept)
            {
                answers.TryAdd(concept, r.Framework + "/" + id);
            }
        }

        return answers;
    }

    /// <summary>
    /// The answer a document's printed ratings (<see cref="PrintedAnswers"/>) give for the model's <paramref name="label"/>:
    /// the id the document prints beside that standard's name; <c>any/none</c> where the label is a standard taken as
    /// printed that the document, printing others of its framework, does not print (it has no number to give: a
    /// press release that rates leadership and staff does not number the planning it reports on); else null, where
    /// the rules resolve the label.
    /// </summary>
    public static string? PrintedAnswer(string label, IReadOnlyDictionary<string, string> printed, FrameworkCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(printed);
        if (printed.TryGetValue(label, out var answer))
        {
            return answer;
        }

        var at = label.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || (catalog ?? FrameworkCatalog.Default).Find(label[..at]) is not { } framework || !TakenAsPrinted(framework))
        {
            return null;
        }

        var prefix = label[..(at + 1)];
        return printed.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)) ? CorpusTrainingData.NoStandard : null;
    }

    /// <summary>
    /// What a printed standard name ("2.1 Assessment", "Work with victims") names: the catalogue's standard of that name,
    /// else the first it names inside it, as a slug; else the name's own slug.
    /// </summary>
    private static string ConceptOf(Framework framework, string printed)
    {
        var name = LeadingNumber().Replace(printed, string.Empty).Trim();
        var matcher = StandardMatcher.For(framework);
        var known = matcher.MatchLabel(name);
        if (known.Count == 0 && matcher.Find(name).FirstOrDefault() is { Standards.Count: > 0 } mention)
        {
            // A name in words of its own ("its support for victims of crime committed by children"): the standard it names.
            known = mention.Standards;
        }

        return known.Count > 0 ? NameOf(known[0]) : StandardSlug.From(name);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d+(?:\.\d+)*\.?\s*")]
    private static partial System.Text.RegularExpressions.Regex LeadingNumber();

    /// <summary>A standard's name as a slug, without its remarks in brackets (<c>implementation-and-delivery</c>).</summary>
    private static string NameOf(Standard standard)
    {
        var bracket = standard.Label.IndexOf('(', StringComparison.Ordinal);
        return StandardSlug.From(bracket > 0 ? standard.Label[..bracket] : standard.Label);
    }
}
