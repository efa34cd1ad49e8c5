using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportMiner.Classification;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer train [--corpus DIR]... [--training DIR] [--out DIR] [--folds N] [--seed N]</c>: regenerate the shipped
/// classifiers from the hand-labelled files and the gold of a corpus, and print each model's k-fold accuracy.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Corpus folders whose gold files add training examples (never a test split). Repeatable. Default: corpus/dev.", DefaultValueFactory = _ => ["corpus/dev"], AllowMultipleArgumentsPerToken = false };
        var training = new Option<string>("--training") { Description = "The folder of hand-labelled NAME.tsv files.", DefaultValueFactory = _ => "src/ReportMiner/Classification/Training" };
        var output = new Option<string>("--out", "-o") { Description = "Where to write NAME.rmm.", DefaultValueFactory = _ => "src/ReportMiner/Classification/Models" };
        var folds = new Option<int>("--folds") { Description = "Folds of cross-validation (0 skips it).", DefaultValueFactory = _ => 5 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every example cross-validation got wrong." };
        var seed = new Option<ulong?>("--seed") { Description = "The seed of the training shuffle, in place of each model's own (to see how much the figures owe to one shuffle; the shipped models use their own)." };
        var command = new Command("train", "Train the classifiers from the hand-labelled files and corpus gold, report k-fold accuracy, and write the models.") { corpus, training, output, folds, verbose, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var c = CultureInfo.InvariantCulture;
            var trainingFolder = parse.GetValue(training)!;
            var outFolder = parse.GetValue(output)!;
            var k = parse.GetValue(folds);
            if (!Directory.Exists(trainingFolder))
            {
                await stderr.WriteLineAsync($"reportminer: {trainingFolder}: no such folder of training files (run from the repository root, or give --training)");
                return CliApp.UsageError;
            }

            if (k == 1 || k < 0)
            {
                await stderr.WriteLineAsync("reportminer: --folds must be 0 or at least 2");
                return CliApp.UsageError;
            }

            var corpora = new List<CorpusExamples>();
            foreach (var root in parse.GetValue(corpus) ?? [])
            {
                if (!Directory.Exists(root))
                {
                    await stderr.WriteLineAsync($"reportminer: {root}: no such corpus folder (skipped)");
                    continue;
                }

                try
                {
                    var read = CorpusTrainingData.Read(root);
                    corpora.Add(read);
                    await stdout.WriteLineAsync(string.Format(c, "corpus {0}: {1} documents; {2} ratio sentences, {3} quotes, {4} rating sentences; {5} gold entries not found in their document",
                        root, read.Documents, read.StandardAttribution.Count, read.QuotationScope.Count, read.RatingScope.Count, read.Unmatched));
                }
                catch (ArgumentException e)
                {
                    await stderr.WriteLineAsync($"reportminer: {e.Message}");
                    return CliApp.UsageError;
                }
            }

            Directory.CreateDirectory(outFolder);
            if (k >= 2)
            {
                await stdout.WriteLineAsync(string.Format(c, "{0}-fold cross-validation: one document's examples in one fold, labels spread evenly over the folds; "
                    + "standard-attribution scored among its document framework's labels and any/none, as the extractor asks it", k));
            }

            await stdout.WriteLineAsync("model                  examples  labels  features  k-fold accuracy  answered (accuracy)   train s");
            var total = Stopwatch.StartNew();
            foreach (var name in ClassifierModels.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                IReadOnlyList<LabelledExample> examples;
                try
                {
                    examples = ModelTraining.ExamplesFor(name, trainingFolder, corpora);
                }
                catch (Exception e) when (e is ModelException or IOException)
                {
                    await stderr.WriteLineAsync($"reportminer: {e.Message}");
                    return CliApp.UsageError;
                }

                var options = ModelTraining.OptionsFor(name);
                var trainer = new ClassifierTrainer(parse.GetValue(seed) is { } s ? options with { Seed = s } : options);
                var allowed = ModelTraining.AllowedLabelsFor(name, examples.Select(e => e.Label));
                var cv = k >= 2 ? trainer.CrossValidate(examples, k, allowed, ModelTraining.ResolverFor(name)) : null;
                var watch = Stopwatch.StartNew();
                var model = trainer.Train(name, examples, allowed);
                watch.Stop();
                await using (var file = File.Create(Path.Combine(outFolder, name + ".rmm")))
                {
                    model.Save(file);
                }

                var accuracy = cv is null ? "-" : string.Format(c, "{0:0.000} ({1}/{2})", cv.Accuracy, cv.Correct, cv.Total);
                var answered = cv is null ? "-" : string.Format(c, "{0:0.0%} ({1:0.000})", (double)(cv.Total - cv.Abstained) / cv.Total, cv.AnsweredAccuracy);
                await stdout.WriteLineAsync(string.Format(c, "{0,-22} {1,9} {2,7} {3,9}  {4,-16} {5,-20} {6,7:0.00}",
                    name, examples.Count, model.Labels.Count, model.FeatureCount, accuracy, answered, watch.Elapsed.TotalSeconds));
                if (cv is not null)
                {
                    int fromCorpus = examples.Count(e => !e.HandLabelled), wrongFromCorpus = cv.Mistakes.Count(m => !m.Example.HandLabelled);
                    int written = examples.Count - fromCorpus, wrongWritten = cv.Mistakes.Count - wrongFromCorpus;
                    await stdout.WriteLineAsync(string.Format(c, "  k-fold accuracy by source: corpus gold {0:0.000} ({1}/{2}), hand-labelled {3:0.000} ({4}/{5})",
                        fromCorpus == 0 ? 0 : (double)(fromCorpus - wrongFromCorpus) / fromCorpus, fromCorpus - wrongFromCorpus, fromCorpus,
                        written == 0 ? 0 : (double)(written - wrongWritten) / written, written - wrongWritten, written));
                }

                foreach (var m in parse.GetValue(verbose) && cv is not null ? cv.Mistakes : [])
                {
                    await stdout.WriteLineAsync(string.Format(c, "  {0} -> {1} ({2:0.00}): {3} [{4}]", m.Example.Answer ?? m.Example.Label, m.Predicted, m.Probability, m.Example.Input.Text, m.Example.Input.Heading));
                }
            }

            await stdout.WriteLineAsync(string.Format(c, "total {0:0.0} s{1}; models written to {2}", total.Elapsed.TotalSeconds, k >= 2 ? " (with cross-validation)" : string.Empty, outFolder));
            return CliApp.Success;
        });
        return command;
    }
}
