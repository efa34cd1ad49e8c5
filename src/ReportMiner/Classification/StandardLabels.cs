using ReportMiner.Extraction.Frameworks;
using ReportMiner.Frameworks;

namespace ReportMiner.Classification;

/// <summary>
/// The labels of the standard-attribution model: <c>framework/standard</c> (<c>hmip-probation-2018/2.4</c>), except
/// that the standards sharing a name within their framework (the court and out-of-court twins of the youth 2018
/// framework: 2.1 and 3.1 Assessment, 2.2 and 3.2 Planning, 2.3 and 3.3 Implementation and delivery) are one label,
/// <c>framework/name</c> (<c>hmip-youth-2018/assessment</c>). The model says what a finding is about; whether it is
/// about court or out-of-court work is the rules' to say (<see cref="CourtWording"/>: the sentence's wording, else its
/// section's heading, else court work), as they do for a standard named in the sentence.
/// </summary>
internal static class StandardLabels
{
    /// <summary>The label the model is trained on for the answer <paramref name="label"/> (<c>framework/standard</c> or <c>any/none</c>).</summary>
    public static string TrainingLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var at = label.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || FrameworkCatalog.Default.Find(label[..at]) is not { } framework || framework.FindStandard(label[(at + 1)..]) is not { } standard)
        {
            return label;
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
    /// The answer (<c>framework/standard</c>) the model's <paramref name="label"/> gives for a finding whose sentence and
    /// cues are <paramref name="text"/> under <paramref name="heading"/>, as <c>StandardAttributor</c> resolves it.
    /// </summary>
    public static string Answer(string label, string text, string? heading)
    {
        ArgumentNullException.ThrowIfNull(label);
        var at = label.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || FrameworkCatalog.Default.Find(label[..at]) is not { } framework)
        {
            return label;
        }

        var domain = CourtWording.DomainOf(text) ?? (heading is null ? null : CourtWording.HeadingDomain(heading)) ?? CourtWording.CourtDomain;
        return Resolve(framework, label[(at + 1)..], domain) is { } standard ? label[..(at + 1)] + standard.Id : label;
    }

    /// <summary>A standard's name as a slug, without its remarks in brackets (<c>implementation-and-delivery</c>).</summary>
    private static string NameOf(Standard standard)
    {
        var bracket = standard.Label.IndexOf('(', StringComparison.Ordinal);
        return StandardSlug.From(bracket > 0 ? standard.Label[..bracket] : standard.Label);
    }
}
