using BenchmarkDotNet.Attributes;
using ReportMiner.Classification;

namespace ReportMiner.Benchmarks;

/// <summary>
/// The trained classifiers: classifying 100,000 sentences with the shipped standard-attribution model (the widest:
/// most labels; target under 2 s), training all three models on the hand-labelled files plus corpus/dev
/// (target under 60 s), and loading the shipped models from their resources (target under 50 ms).
/// Run: <c>dotnet run -c Release --project benchmarks/ReportMiner.Benchmarks -- --filter *Classifier*</c>.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const int Sentences = 100_000;
    private ClassifierInput[] inputs = [];
    private SoftmaxClassifier model = null!;
    private List<(string Name, IReadOnlyList<LabelledExample> Examples)> training = [];

    /// <summary>Reads the training files and the corpus once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var folder = Path.Combine(root, "src", "ReportMiner", "Classification", "Training");
        var dev = Path.Combine(root, "corpus", "dev");
        var corpora = Directory.Exists(dev) ? new[] { CorpusTrainingData.Read(dev) } : [];
        training = ClassifierModels.All.Select(n => (n, ModelTraining.ExamplesFor(n, folder, corpora))).ToList();
        var pool = training.SelectMany(t => t.Examples).Select(e => e.Input).ToArray();
        inputs = Enumerable.Range(0, Sentences).Select(i => pool[i % pool.Length]).ToArray();
        model = ShippedClassifiers.LoadModel(ClassifierModels.StandardAttribution)
            ?? throw new InvalidOperationException("the standard-attribution model is not embedded: run 'reportminer train'");
    }

    /// <summary>Classifies 100,000 sentences (with heading and block kind) with the standard-attribution model.</summary>
    [Benchmark]
    public int Classify100kSentences()
    {
        var answered = 0;
        foreach (var input in inputs)
        {
            answered += model.Predict(input).Abstained ? 0 : 1;
        }

        return answered;
    }

    /// <summary>Trains the three shipped models (with calibration) on every training example, among each example's allowed labels as <c>reportminer train</c> does.</summary>
    [Benchmark]
    public int TrainAllModels()
    {
        var rows = 0;
        foreach (var (name, examples) in training)
        {
            var allowed = ModelTraining.AllowedLabelsFor(name, examples.Select(e => e.Label));
            rows += new ClassifierTrainer(ModelTraining.OptionsFor(name)).Train(name, examples, allowed).FeatureCount;
        }

        return rows;
    }

    /// <summary>Reads the three shipped models from their embedded resources.</summary>
    [Benchmark]
    public int LoadShippedModels() =>
        ClassifierModels.All.Sum(n => ShippedClassifiers.LoadModel(n)?.FeatureCount ?? 0);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the repository root (ReportMiner.sln) was not found");
    }
}
