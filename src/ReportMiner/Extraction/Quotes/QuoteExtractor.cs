using ReportMiner.Frameworks;
using System.Text.RegularExpressions;
using ReportMiner.Classification;
using ReportMiner.Documents;
using ReportMiner.Records;

namespace ReportMiner.Extraction.Quotes;

/// <summary>
/// Reads direct quotations that are an inspector's or the inspectorate's judgement, with who said them:
/// "X said:" before, "…,” says the report" or "noted one inspector" after, a pronoun resolved to the last person
/// named, and a speaker carried over to the next paragraph of the same statement. Quotations of councils,
/// providers, children, parents or staff are not inspector comments and are left out; so are rating words and
/// titles in quotation marks.
/// </summary>
public sealed partial class QuoteExtractor : IRecordExtractor
{
    private const int MinimumWords = 3;

    /// <inheritdoc />
    public void Extract(ReportDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var speakers = new SpeakerResolver(document.Text);
        (string Speaker, string? Role)? carried = null;
        var lastQuoteBlock = -10;
        (int Block, int Close, Attribution Who)? previousInBlock = null;
        // Under a story, readers' comments are no one's inspection findings: quotations after the last comments heading
        // in the second half of the page (a count of comments in the page's chrome at the top does not count).
        var commentsFrom = document.Blocks.Select((b, i) => (b, i))
            .Where(x => x.i > document.Blocks.Count / 2 && CommentsHeading().IsMatch(x.b.Text))
            .Select(x => x.i).DefaultIfEmpty(int.MaxValue).Last();
        foreach (var q in QuotationScanner.Scan(document))
        {
            context.Budget.ThrowIfExceeded();
            if (q.FirstBlock > commentsFrom)
            {
                continue;
            }

            var text = Clean(string.Join("\n\n", q.Paragraphs.Select(p => Clean(WhiteSpaceRun().Replace(p, " ")))));
            var first = document.Blocks[q.FirstBlock];
            var attribution = Attribute(document, q, speakers);
            if (attribution is null && q.WholeBlock && carried is not null && q.FirstBlock - lastQuoteBlock <= 2)
            {
                attribution = new Attribution(carried.Value.Speaker, carried.Value.Role, Inspectorial: true);
            }

            if (attribution is null && previousInBlock is { } prior && prior.Block == q.FirstBlock && prior.Close < q.OpenOffset
                && SaidBetween().IsMatch(first.Text[(prior.Close + 1)..q.OpenOffset]))
            {
                // "“…,” said Martin Jones, HM Chief Inspector of Probation. “Every victim …”": the next quotation
                // after the one the attribution closes is the same speaker's.
                attribution = prior.Who;
            }

            previousInBlock = attribution is not null && q.FirstBlock == q.LastBlock ? (q.LastBlock, q.CloseOffset, attribution) : null;

            if (attribution is { Inspectorial: false })
            {
                continue;
            }

            // A grade in quotation marks is the grade, and a report's title ("An inspection of youth justice services in …")
            // its name; neither is a comment.
            if (!IsComment(text) || GradeMatcher.For(context.Frameworks).ReadCell(text) is not null || ReportTitle().IsMatch(text)
                || (attribution is null && SpokenByOthers(first.Text[..q.OpenOffset])))
            {
                continue;
            }

            // A pull quote followed by its source line ("— Mark Ellery, director of children's services") takes its speaker from it.
            if (q.WholeBlock && q.LastBlock + 1 < document.Blocks.Count
                && SourceLine().Match(document.Blocks[q.LastBlock + 1].Text) is { Success: true } source)
            {
                attribution = FromWho(source.Groups["who"].Value, document.Blocks[q.LastBlock + 1].Span.Start, speakers);
                if (!attribution.Inspectorial)
                {
                    continue;
                }
            }

            // Where the rules found no speaker, or only guessed one, the model says whose words they are.
            if (attribution is null or { Guessed: true } && QuotationScope(context, text, first.Text) is false)
            {
                continue;
            }

            attribution ??= Unattributed(first.Text[..q.OpenOffset]);
            var speaker = attribution.Speaker;
            var role = attribution.Role;
            if (q.WholeBlock)
            {
                carried = (speaker, role);
                lastQuoteBlock = q.LastBlock;
            }

            var start = first.Span.Start + q.OpenOffset;
            var lastBlock = document.Blocks[q.LastBlock];
            var end = Math.Min(lastBlock.Span.End, lastBlock.Span.Start + q.CloseOffset + 1);
            context.Add(new Quote
            {
                Speaker = speaker,
                Role = role,
                Text = text,
                Evidence = new Evidence(text, new SourceSpan(start, Math.Max(0, end - start), first.Page)),
            });
        }
    }

    /// <summary>
    /// A phrase quoted inside a sentence with no speech verb belongs to whoever the sentence says found it: a
    /// report or study, else inspectors or an inspectorate, else the report.
    /// </summary>
    private static Attribution Unattributed(string before)
    {
        var sentenceStart = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), 0);
        var lead = before[sentenceStart..];
        if (ReportWho().IsMatch(lead) || StudyWho().IsMatch(lead))
        {
            return new Attribution("report", "report", true);
        }

        return InspectorWho().IsMatch(lead) || InspectorateNamed().IsMatch(lead)
            ? new Attribution("inspector", "inspector", true)
            : new Attribution("report", "report", true);
    }

    private static bool? QuotationScope(ExtractionContext context, string quote, string blockText)
    {
        if (context.Classifiers.QuotationScope is not { } model)
        {
            return null;
        }

        var p = model.Predict(QuotationInput.For(quote, blockText));
        return p.Abstained ? null : p.Label == "inspectorate";
    }

    private static Attribution? Attribute(ReportDocument document, QuotationScanner.Quotation q, SpeakerResolver speakers)
    {
        var first = document.Blocks[q.FirstBlock];
        var last = document.Blocks[q.LastBlock];
        var afterText = q.Interruption is { } cut ? first.Text[cut.Start..cut.End]
            : q.CloseOffset + 1 <= last.Text.Length ? last.Text[(q.CloseOffset + 1)..] : string.Empty;
        var beforeText = first.Text[..q.OpenOffset];

        var after = AfterVerbWho().Match(afterText);
        if (!after.Success)
        {
            after = AfterWhoVerb().Match(afterText);
        }

        if (!after.Success)
        {
            // "… college now." – child, aged 16: a pull quote's source after a dash.
            after = DashWho().Match(afterText);
        }

        if (after.Success)
        {
            return FromWho(after.Groups["who"].Value, last.Span.Start + q.CloseOffset, speakers);
        }

        var before = BeforeWhoVerb().Match(beforeText);
        if (before.Success)
        {
            return FromWho(before.Groups["who"].Value, first.Span.Start, speakers);
        }

        if (q.OpenOffset <= 2 && q.FirstBlock > 0)
        {
            var previous = document.Blocks[q.FirstBlock - 1];
            var said = BeforeWhoVerb().Match(previous.Text);
            if (said.Success && previous.Text.TrimEnd().EndsWith(':'))
            {
                return FromWho(said.Groups["who"].Value, previous.Span.Start, speakers);
            }
        }

        return null;
    }

    private static Attribution FromWho(string who, int offset, SpeakerResolver speakers)
    {
        var w = who.Trim().TrimEnd(',', '.', ':');

        // "Responding to the report, the head of the service said": the lead-in names what was said about, not who.
        if (LeadInClause().Match(w) is { Success: true } leadIn && leadIn.Length < w.Length)
        {
            w = w[leadIn.Length..];
        }

        // "In their report, inspectors said", "Commenting on the findings, Catherine Doyle said": the words next to
        // the verb name the speaker, whatever the lead-in mentions.
        if (EndsWithInspector().IsMatch(w))
        {
            return new Attribution("inspector", "inspector", true);
        }

        if (ReportWho().IsMatch(w) && !EndsWithPersonName().IsMatch(w))
        {
            return new Attribution("report", "report", true);
        }

        if (OtherWho().IsMatch(w) && !InspectorateEmployer().IsMatch(w))
        {
            return new Attribution(w, null, false);
        }

        if (EndsWithInspector().IsMatch(w) || (InspectorWho().IsMatch(w) && !NameInside().IsMatch(w)))
        {
            return new Attribution("inspector", "inspector", true);
        }

        if (Pronoun().IsMatch(w))
        {
            if (w.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                return new Attribution("report", "report", true);
            }

            var last = speakers.LastBefore(offset);
            return last is { } p ? new Attribution(p.Name, p.Role, IsInspectorial(p.Role)) : new Attribution("report", "report", true, Guessed: true);
        }

        var leading = LeadingName().Match(w);
        var name = leading.Success ? leading : NameInside().Match(w);
        if (name.Success)
        {
            // "Chief Inspector of Probation Justin Russell": the role's capitalised words are not part of the name;
            // "Justin Russell, HM Chief Inspector of Probation": the name comes first.
            var nameText = NotNameWord().Replace(name.Value + " ", string.Empty).Trim();
            nameText = PostNominals().Replace(nameText, string.Empty).Trim();
            if (nameText.Length == 0)
            {
                return new Attribution("report", "report", true);
            }

            var (full, role) = speakers.Resolve(nameText);
            var roleText = role ?? RoleInside(w);
            speakers.Note(full, offset);

            // A name with no role the document gives is taken for an inspector's only as a guess.
            return new Attribution(full, roleText, IsInspectorial(roleText), Guessed: roleText is null);
        }

        // Words that name no one the rules know ("one told us", "a member of the board said"): the report's, as a guess.
        return new Attribution("report", "report", true, Guessed: true);
    }

    private static string? RoleInside(string who)
    {
        var m = InspectorWho().Match(who);
        if (m.Success)
        {
            return who[..(m.Index + m.Length)].Trim();
        }

        // "Yvonne Parkes, Ofsted's regional director for the North West": the post after the name, at an inspectorate.
        var comma = who.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && InspectorateEmployer().IsMatch(who[comma..]) ? who[(comma + 1)..].Trim() : null;
    }

    /// <summary>
    /// Whether a speaker in <paramref name="role"/> speaks for an inspectorate: no role stated, none of another body's
    /// roles, or an inspectorate's own post ("Ofsted's regional director", "director of inspection at the CQC").
    /// </summary>
    private static bool IsInspectorial(string? role) => role is null || !OtherWho().IsMatch(role) || InspectorateEmployer().IsMatch(role);

    private static bool IsComment(string text)
    {
        // Source lines of pull quotes and questions put to a committee are not comments.
        if (SourceLine().IsMatch(text) || text.TrimEnd().EndsWith('?'))
        {
            return false;
        }

        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinimumWords)
        {
            return false;
        }

        // Titles in quotation marks ("Why Do Children Go Into Children's Homes?") are not comments.
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        return !(words.Length <= 10 && capitalised >= words.Length * 0.75);
    }

    private static bool SpokenByOthers(string before) => OthersSpeaking().IsMatch(before);

    private static string Clean(string text) => text.Trim().Trim('*').Trim();

    /// <summary>White space inside a paragraph (a line's indent where a boxed quotation was wrapped): one space in the quote's text.</summary>
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WhiteSpaceRun();

    /// <summary>Who said a quotation; <paramref name="Guessed"/> where the words before the verb named no one the rules know.</summary>
    private sealed record Attribution(string Speaker, string? Role, bool Inspectorial, bool Guessed = false);

    [GeneratedRegex(@"^\s*[,.]?\s*(?:says|said|notes|noted|added|adds|commented|comments|observed|observes|writes|wrote|explained|explains|concluded|concludes|stated|states|warned|warns|according\s+to)\s+(?<who>[^.;:“”""]{1,90})", RegexOptions.CultureInvariant)]
    private static partial Regex AfterVerbWho();

    [GeneratedRegex(@"^\s*[,.]?\s*(?<who>(?:the\s+)?(?:report|inspectorate|inspectors?)|(?:an?|one|the)\s+(?:lead\s+)?inspector|he|she|they|it|(?:[A-Z][\w'’\-]+\s+){0,4}[A-Z][\w'’\-]+)\s+(?:said|says|noted|notes|added|adds|commented|comments|observed|wrote|writes|explained|concluded|stated|warned)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfterWhoVerb();

    [GeneratedRegex(@"(?<who>(?:[\w'’\-]+[ ,]+){0,10}?[\w'’\-]+),?\s+(?:said|says|noted|notes|commented|comments|observed|observes|wrote|writes|added|adds|stated|states|explained|explains|concluded|concludes|remarked|warned|told\s+[\w\s]{1,20}?)(?:\s+(?:of|about)\s+[^:“”""]{1,60}?)?\s*[:,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeWhoVerb();

    [GeneratedRegex(@"\b(?:report|inspectorate|letter|findings|summary|the\s+document)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportWho();

    [GeneratedRegex(@"^(?:(?:Probation|Prisons|Constabulary|Police|Inspector|Inspectorate|Chief|Hospitals|Education|Services|Care|Ofsted|HM|HMI|Her|His|Majesty's|Another|One|Lead|Assistant|Deputy|Fire|Rescue|Social|Skills|Children's|Children’s|Wales|England)\s+)+")]
    private static partial Regex NotNameWord();

    /// <summary>Two or three capitalised words closing the attribution, none of them a role's: a person's name.</summary>
    [GeneratedRegex(@"(?<![\w'’])(?!(?:Probation|Prisons|Constabulary|Police|Inspector|Inspectorate|Chief|Ofsted|Report|The|Their|Its)\b)[A-Z][a-z'’\-]+(?:\s+(?!(?:Probation|Prisons|Constabulary|Police|Inspector|Inspectorate|Ofsted|Report)\b)[A-Z][a-zA-Z'’\-]+){1,2}$")]
    private static partial Regex EndsWithPersonName();

    /// <summary>A person's name before a comma and a role: "Justin Russell, HM Chief Inspector of Probation".</summary>
    [GeneratedRegex(@"^(?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Professor)\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){1,2}(?:\s+(?:CBE|OBE|MBE|KC|QC|QPM|DBE))?(?=,\s+(?:the\s+)?(?:HM\s+|His\s+Majesty's\s+|Her\s+Majesty's\s+)?(?:(?:Assistant|Deputy|Chief)\s+)*[Ii]nspector|,\s+[^,.;:]{0,80}?\b(?:Ofsted|CQC|HMICFRS|Estyn|Care\s+Quality\s+Commission|Care\s+Inspectorate\s+Wales|HM\s+Inspectorate)\b)")]
    private static partial Regex LeadingName();

    /// <summary>Honours after a name ("Martin Jones CBE"), which are no part of it.</summary>
    [GeneratedRegex(@"(?:\s+(?:CBE|OBE|MBE|KC|QC|QPM|DBE|KBE))+$")]
    private static partial Regex PostNominals();

    [GeneratedRegex(@"^\s*[—–\-]\s*(?<who>.+)$")]
    private static partial Regex SourceLine();

    /// <summary>Only an attribution between two quotations: ", said Martin Jones, HM Chief Inspector of Probation. ".</summary>
    [GeneratedRegex(@"^\s*[,.]?\s*(?:(?:says|said|added|adds|continued|explained|commented|noted)\s+[^.“”""]{1,120}|[^.“”""]{1,120}\s+(?:says|said|added|adds|continued|explained|commented|noted))[.,:]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SaidBetween();

    [GeneratedRegex(@"\b(?:study|review|research|analysis|survey)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyWho();

    [GeneratedRegex(@"\b(?:Ofsted|CQC|Care\s+Quality\s+Commission|inspectorate|HMICFRS|Estyn|inspection)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorateNamed();

    /// <summary>A clause before the speaker that says what they spoke about: "Responding to the report, ", "Commenting on the findings, ".</summary>
    [GeneratedRegex(@"^(?:Responding|Commenting|Speaking|Reacting|Replying|Writing|Asked|Welcoming)\b[^,]{0,80},\s*")]
    private static partial Regex LeadInClause();

    /// <summary>An inspectorate as the speaker's employer: "Ofsted's …", "CQC’s …", "… at the Care Quality Commission".</summary>
    [GeneratedRegex(@"\b(?:Ofsted|CQC|HMICFRS|Estyn|Care\s+Quality\s+Commission|Care\s+Inspectorate\s+Wales|HM\s+Inspectorate\s+of\s+\w+)(?:['’]s\b|\s*$)|\b(?:at|of|for|from)\s+(?:the\s+)?(?:Ofsted|CQC|HMICFRS|Estyn|Care\s+Quality\s+Commission|Care\s+Inspectorate\s+Wales|HM\s+Inspectorate\s+of\s+\w+)\b")]
    private static partial Regex InspectorateEmployer();

    [GeneratedRegex(@"\binspectors?\b|\binspection\s+team\b|\bHMI\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorWho();

    [GeneratedRegex(@"\b(?:inspectors?|inspection\s+team)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithInspector();

    [GeneratedRegex(@"^(?:he|she|they|it)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"(?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Professor)\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){0,2}$")]
    private static partial Regex NameInside();

    /// <summary>The title of an inspection report: "An inspection of youth justice services in Southend-on-Sea".</summary>
    [GeneratedRegex(@"^(?:(?:an?|the)\s+)?(?:(?:joint|thematic|full|further)\s+)?inspection\s+(?:of|into)\b[^.!?]{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitle();

    /// <summary>A source after a dash, to the end of the block: " – child, aged 16", " - Paul, Upminster".</summary>
    [GeneratedRegex(@"^\s*[-–—]\s*(?<who>[^.;:“”""\n]{2,60})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DashWho();

    /// <summary>The heading of readers' comments under a story: "COMMENTS (3)", "Comment below the line:", "Have your say".</summary>
    [GeneratedRegex(@"^\s*(?:(?:reader(?:s['’])?\s+)?comments?(?:\s*\(\d+\))?|comments?\s+below\s+the\s+line|have\s+your\s+say|\d+\s+comments)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsHeading();

    /// <summary>Speakers who are not the inspectorate: councils, providers, ministers, children, families, staff.</summary>
    [GeneratedRegex(@"\b(?:council|councillor|cllr|cabinet|spokes(?:person|man|woman)|director|head\s+of|head\s*teacher|headteacher|principal|chief\s+executive|chair(?:man|woman|person)?|mayor|manager|minister|MP|secretary|commissioner|young\s+(?:person|people)|child|children|girl|boy|teenager|youngster|\d{1,2}-year-old|parents?|carers?|mother|father|pupils?|students?|staff|practitioners?|case\s+managers?|social\s+workers?|officers?|partners?|board|leader|provider|trust|service\s+users?|families|family|magistrates?|victims?|YJB|association|LGA|union|member|relatives?|residents?|patients?|users?|person|people|mum|dad|son|daughter|readers?|commenters?|owners?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherWho();

    [GeneratedRegex(@"\b(?:young\s+(?:person|people)|child(?:ren)?|parents?|carers?|mother|father|pupils?|staff|practitioners?|case\s+managers?|social\s+workers?|managers?|council|spokes(?:person|man|woman)|leader|families|victims?|relatives?|residents?|patients?|people|person|users?|readers?|members?)\b[^.“”""]{0,60}\b(?:said|says|told|described|reported|commented|explained|felt|called)\b[^.“”""]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex OthersSpeaking();
}
