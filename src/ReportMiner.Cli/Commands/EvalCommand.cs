using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReportMiner.Evaluation;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer eval GOLD_DIR [--verbose] [--json FILE]</c>: score extraction against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var root = new Argument<string>("gold") { Description = "A folder searched recursively for NAME.gold.json files with their documents beside them (or one gold file)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss, extra and disagreement with its document and evidence." };
        var json = new Option<string?>("--json") { Description = "Also write the figures to this JSON file." };
        var noClassifier = new Option<bool>("--no-classifier") { Description = "Run the rules alone, without the trained classifiers." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the figures as Markdown (ACCURACY.md), with a rules-alone run beside them." };
        var command = new Command("eval", "Extract every document that has a gold file and print precision, recall and F1 per field.") { root, verbose, json, noClassifier, markdown };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(root)!;
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                await stderr.WriteLineAsync($"reportminer: {path}: no such folder");
                return CliApp.UsageError;
            }

            var extractor = ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = !parse.GetValue(noClassifier) });
            var result = await new CorpusEvaluator(extractor).EvaluateAsync(path, cancellationToken);
            foreach (var invalid in result.Overall.Differences.Where(d => d is { Field: "gold", Kind: "invalid" }))
            {
                await stderr.WriteLineAsync($"reportminer: {invalid.Document}: not scored: {invalid.Description}");
            }

            if (result.Overall.Documents == 0 && result.Overall.InvalidGold == 0)
            {
                await stderr.WriteLineAsync($"reportminer: {path}: no *.gold.json files found");
                return CliApp.UsageError;
            }

            foreach (var (split, report) in result.Splits.Where(_ => result.Splits.Count > 1))
            {
                EvaluationPrinter.Print(stdout, $"split {split}", report, verbose: false);
            }

            EvaluationPrinter.Print(stdout, result.Splits.Count > 1 ? "overall" : path, result.Overall, parse.GetValue(verbose));
            if (parse.GetValue(json) is { } jsonPath)
            {
                await File.WriteAllTextAsync(jsonPath, EvaluationPrinter.ToJson(result), cancellationToken);
            }

            if (parse.GetValue(markdown) is { } markdownPath)
            {
                var rulesOnly = parse.GetValue(noClassifier)
                    ? null
                    : await new CorpusEvaluator(ReportExtractor.Create(ReportExtractorOptions.Default with { UseClassifiers = false })).EvaluateAsync(path, cancellationToken);
                var command = $"dotnet run --project src/ReportMiner.Cli -c Release -- eval {path} --markdown {markdownPath}";
                await File.WriteAllTextAsync(markdownPath, AccuracyMarkdown.Render(result, rulesOnly, command), cancellationToken);
            }

            return result.Overall.InvalidGold > 0 ? CliApp.SomeFailed : CliApp.Success;
        });
        return command;
    }
}

/// <summary>Prints evaluation figures as text tables and as JSON.</summary>
internal static class EvaluationPrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Print(TextWriter o, string title, EvaluationReport r, bool verbose)
    {
        var c = CultureInfo.InvariantCulture;
        var notRead = r.Failures > 0 ? $", {r.Failures} could not be read" : string.Empty;
        var invalidGold = r.InvalidGold > 0 ? $", {r.InvalidGold} gold files not valid (not scored)" : string.Empty;
        o.WriteLine($"== {title}: {r.Documents} documents{notRead}{invalidGold} ==");
        o.WriteLine("field          precision  recall     F1     tp    fp    fn");
        foreach (var f in EvaluationReport.ListFields)
        {
            var s = r.Fields[f];
            o.WriteLine(string.Format(c, "{0,-13} {1,9:0.000} {2,7:0.000} {3,6:0.000} {4,6} {5,5} {6,5}", f, s.Precision, s.Recall, s.F1, s.TruePositives, s.FalsePositives, s.FalseNegatives));
        }

        o.WriteLine(string.Format(c, "framework accuracy       {0:0.000} ({1}/{2} matched ratings)", r.Framework.Accuracy, r.Framework.Agreed, r.Framework.Total));
        o.WriteLine(string.Format(c, "ratio-standard accuracy  {0:0.000} ({1}/{2} matched ratios)", r.RatioStandard.Accuracy, r.RatioStandard.Agreed, r.RatioStandard.Total));
        o.WriteLine(string.Format(c, "quote-speaker accuracy   {0:0.000} ({1}/{2} matched quotes)", r.QuoteSpeaker.Accuracy, r.QuoteSpeaker.Agreed, r.QuoteSpeaker.Total));
        foreach (var f in EvaluationReport.DocumentFields)
        {
            var a = r.DocumentFieldAccuracy[f];
            o.WriteLine(string.Format(c, "{0,-24} {1:0.000} ({2}/{3} documents)", f + " accuracy", a.Accuracy, a.Agreed, a.Total));
        }

        if (r.GradeConfusion.Count > 0)
        {
            var gold = r.GradeConfusion.Keys.Select(k => k.Gold).Distinct().Order(StringComparer.Ordinal).ToList();
            var extracted = r.GradeConfusion.Keys.Select(k => k.Extracted).Distinct().OrderBy(e => e == "(none)").ThenBy(e => e, StringComparer.Ordinal).ToList();
            o.WriteLine("grade confusion (rows: gold grade; columns: extracted grade)");
            o.WriteLine(string.Format(c, "{0,-22}", string.Empty) + string.Concat(extracted.Select(e => string.Format(c, "{0,22}", Cut(e)))));
            foreach (var g in gold)
            {
                o.WriteLine(string.Format(c, "{0,-22}", Cut(g)) + string.Concat(extracted.Select(e => string.Format(c, "{0,22}", r.GradeConfusion.TryGetValue((g, e), out var n) ? n : 0))));
            }
        }

        if (verbose)
        {
            foreach (var d in r.Differences)
            {
                o.WriteLine($"  {d.Kind,-7} {d.Field,-12} {d.Document}: {d.Description}");
            }
        }

        o.WriteLine();
    }

    public static string ToJson(CorpusEvaluation result)
    {
        object Figures(EvaluationReport r) => new
        {
            documents = r.Documents,
            failures = r.Failures,
            invalid_gold = r.InvalidGold,
            fields = r.Fields.ToDictionary(kv => kv.Key, kv => new
            {
                precision = Math.Round(kv.Value.Precision, 4),
                recall = Math.Round(kv.Value.Recall, 4),
                f1 = Math.Round(kv.Value.F1, 4),
                tp = kv.Value.TruePositives,
                fp = kv.Value.FalsePositives,
                fn = kv.Value.FalseNegatives,
            }),
            framework_accuracy = Math.Round(r.Framework.Accuracy, 4),
            ratio_standard_accuracy = Math.Round(r.RatioStandard.Accuracy, 4),
            quote_speaker_accuracy = Math.Round(r.QuoteSpeaker.Accuracy, 4),
            document_fields = r.DocumentFieldAccuracy.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.Accuracy, 4)),
            grade_confusion = r.GradeConfusion.Select(kv => new { gold = kv.Key.Gold, extracted = kv.Key.Extracted, count = kv.Value }).OrderBy(x => x.gold, StringComparer.Ordinal).ThenBy(x => x.extracted, StringComparer.Ordinal),
        };
        var payload = new
        {
            overall = Figures(result.Overall),
            splits = result.Splits.ToDictionary(kv => kv.Key, kv => Figures(kv.Value)),
        };
        return JsonSerializer.Serialize(payload, Indented);
    }

    private static string Cut(string s) => s.Length <= 21 ? s : s[..21];
}
