using ReportMiner.Classification;

namespace ReportMiner.Tests.Classification;

public sealed class ClassifierTrainerTests
{
    [Fact]
    public void Objective_TinyProblem_GradientMatchesFiniteDifferences()
    {
        // Given a tiny problem (a 2^6 hash space, three labels in two groups that share weights) and random small weights
        var features = FeatureOptions.Default with { HashBits = 6, CharMin = 0 };
        var grouped = ToyData.Separable().Take(25).Select(e => e with { Label = (e.Label == "motor" ? "g2/" : "g1/") + e.Label }).ToList();
        var problem = TrainingProblem.Create(grouped, features);
        var k = problem.Labels.Length;
        Assert.Equal(2, problem.GroupCount);
        var random = new Random(7);
        var weights = Enumerable.Range(0, problem.Rows * problem.Columns).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var bias = Enumerable.Range(0, k).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        const double Lambda = 0.01;
        var gradient = new double[weights.Length];
        var biasGradient = new double[k];

        // When the analytic gradient is compared with central differences
        problem.Objective(weights, bias, Lambda, gradient, biasGradient);
        var scratchW = new double[weights.Length];
        var scratchB = new double[k];
        double Numeric(float[] values, int index)
        {
            const float H = 1e-2f;
            var original = values[index];
            values[index] = original + H;
            var up = problem.Objective(weights, bias, Lambda, scratchW, scratchB);
            values[index] = original - H;
            var down = problem.Objective(weights, bias, Lambda, scratchW, scratchB);
            values[index] = original;
            return (up - down) / (2 * H);
        }

        // Then they agree for every weight and bias
        for (var i = 0; i < weights.Length; i += 3)
        {
            Assert.Equal(gradient[i], Numeric(weights, i), 3);
        }

        for (var j = 0; j < k; j++)
        {
            Assert.Equal(biasGradient[j], Numeric(bias, j), 3);
        }
    }

    [Fact]
    public void Objective_AllowedLabels_GradientMatchesFiniteDifferences()
    {
        // Given a tiny problem whose examples may each be given only their own label and one other (as a document's
        // framework leaves a finding only its standards), and random small weights
        var features = FeatureOptions.Default with { HashBits = 6, CharMin = 0 };
        var examples = ToyData.Separable().Take(25).ToList();
        var problem = TrainingProblem.Create(examples, features, allowed: (e, label) => label == e.Label || label == "water");
        var random = new Random(11);
        var weights = Enumerable.Range(0, problem.Rows * problem.Columns).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var bias = Enumerable.Range(0, problem.Labels.Length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var gradient = new double[weights.Length];
        var biasGradient = new double[bias.Length];
        var scratchW = new double[weights.Length];
        var scratchB = new double[bias.Length];

        // When the analytic gradient of the objective (each softmax over the allowed labels alone) is compared with central differences
        problem.Objective(weights, bias, 0.01, gradient, biasGradient);
        double Numeric(float[] values, int index)
        {
            const float H = 1e-2f;
            var original = values[index];
            values[index] = original + H;
            var up = problem.Objective(weights, bias, 0.01, scratchW, scratchB);
            values[index] = original - H;
            var down = problem.Objective(weights, bias, 0.01, scratchW, scratchB);
            values[index] = original;
            return (up - down) / (2 * H);
        }

        // Then they agree, and the loss is finite although some labels are out of reach
        for (var i = 0; i < weights.Length; i += 3)
        {
            Assert.Equal(gradient[i], Numeric(weights, i), 3);
        }

        for (var j = 0; j < bias.Length; j++)
        {
            Assert.Equal(biasGradient[j], Numeric(bias, j), 3);
        }

        Assert.True(double.IsFinite(problem.Objective(weights, bias, 0.01, scratchW, scratchB)));
    }

    [Fact]
    public void Train_AllowedLabels_LearnsToChooseAmongThem()
    {
        // Given the toy set where every example may be given only its own label or "water"
        var examples = ToyData.Separable();
        bool Allowed(LabelledExample e, string label) => label == e.Label || label == "water";

        // When a model is trained among the allowed labels, and asked among them
        var model = new ClassifierTrainer(ToyData.FastOptions).Train("toy", examples, Allowed);

        // Then it gives every example its label
        Assert.All(examples, e => Assert.Equal(e.Label, model.PredictAmong(e.Input, l => Allowed(e, l)).Label));
    }

    [Fact]
    public void Train_AllowedLabelsTwice_GivesIdenticalModelBytes()
    {
        // Given the toy set and a restriction of the labels
        var examples = ToyData.Separable();
        bool Allowed(LabelledExample e, string label) => label == e.Label || label == "motor";

        // When a model is trained twice
        byte[] Bytes()
        {
            using var stream = new MemoryStream();
            new ClassifierTrainer(ToyData.FastOptions).Train("toy", examples, Allowed).Save(stream);
            return stream.ToArray();
        }

        // Then the bytes are the same
        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void Train_SeparableToySet_LearnsEveryExample()
    {
        // Given a separable toy set
        var examples = ToyData.Separable();

        // When a model is trained on it
        var model = new ClassifierTrainer(ToyData.FastOptions).Train("toy", examples);

        // Then it labels every training example correctly
        Assert.All(examples, e => Assert.Equal(e.Label, model.Predict(e.Input).Label));
    }

    [Fact]
    public void CrossValidate_SeparableToySet_IsPerfect()
    {
        // Given a separable toy set
        var examples = ToyData.Separable();

        // When it is cross-validated over five folds
        var cv = new ClassifierTrainer(ToyData.FastOptions).CrossValidate(examples, 5);

        // Then every held-out example is right
        Assert.Equal(examples.Count, cv.Total);
        Assert.Equal(1.0, cv.Accuracy);
        Assert.Empty(cv.Mistakes);
    }

    [Fact]
    public void StratifiedFolds_GroupedExamples_KeepsEachGroupInOneFold()
    {
        // Given the toy set taken as six documents of five examples each, plus its examples again without a group
        var grouped = ToyData.Separable().Select((e, i) => e with { Group = $"doc-{i / 5}" });
        var examples = grouped.Concat(ToyData.Separable()).ToList();
        var problem = TrainingProblem.Create(examples, ToyData.FastOptions.Features);

        // When the examples are split into three folds
        var foldOf = problem.StratifiedFolds(Enumerable.Range(0, problem.Count).ToArray(), 3);

        // Then each document lies in one fold, and the ungrouped examples even out each label over the folds
        Assert.All(examples.Select((e, i) => (e, i)).Where(x => x.e.Group is not null).GroupBy(x => x.e.Group), g => Assert.Single(g.Select(x => foldOf[x.i]).Distinct()));
        var perFold = examples.Select((e, i) => (e, i)).GroupBy(x => (x.e.Label, foldOf[x.i])).Select(g => g.Count()).ToList();
        Assert.Equal(9, perFold.Count);
        Assert.True(perFold.Max() - perFold.Min() <= 1, string.Join(", ", perFold));
    }

    [Fact]
    public void CrossValidate_AllowedLabels_ScoresOnlyAmongThem()
    {
        // Given the toy set, and a restriction that leaves each example only its own label and one that is never right
        var examples = ToyData.Separable();

        // When it is cross-validated with the restriction
        var cv = new ClassifierTrainer(ToyData.FastOptions).CrossValidate(examples, 5, (e, label) => label == e.Label || label == "motor");

        // Then every held-out example is still right, and none is given a label outside its allowed set
        Assert.Equal(1.0, cv.Accuracy);
    }

    [Fact]
    public void Train_Twice_GivesIdenticalModelBytes()
    {
        // Given the same examples and options
        var examples = ToyData.Separable();

        // When two trainers train a model each
        var first = Bytes(new ClassifierTrainer(ToyData.FastOptions).Train("toy", examples));
        var second = Bytes(new ClassifierTrainer(ToyData.FastOptions).Train("toy", examples));

        // Then the saved models are byte for byte the same
        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_NoExamples_Throws()
    {
        // Given no examples / When training / Then it refuses
        Assert.Throws<ArgumentException>(() => new ClassifierTrainer().Train("empty", []));
    }

    [Fact]
    public void FitTemperature_OverconfidentLogits_RaisesTheTemperature()
    {
        // Given confident logits that are right only half of the time
        double[][] logits = [[10, 0], [10, 0], [0, 10], [0, 10]];
        int[] targets = [0, 1, 1, 0];

        // When a temperature is fitted
        var t = ClassifierTrainer.FitTemperature(logits, targets);

        // Then it softens the probabilities a great deal
        Assert.True(t > 5, $"temperature {t}");
    }

    private static byte[] Bytes(SoftmaxClassifier model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
