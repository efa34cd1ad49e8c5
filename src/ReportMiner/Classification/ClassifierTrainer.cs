namespace ReportMiner.Classification;

/// <summary>
/// Trains a <see cref="SoftmaxClassifier"/> from labelled examples, and measures it by k-fold cross-validation.
/// Deterministic: the same examples and options give the same model bytes on every run and machine (one thread,
/// a fixed order of floating-point operations, a seeded shuffle of our own).
/// </summary>
/// <example>
/// <code>
/// var trainer = new ClassifierTrainer();
/// SoftmaxClassifier model = trainer.Train("rating-scope", examples);
/// CrossValidationResult cv = trainer.CrossValidate(examples, folds: 5);
/// </code>
/// </example>
public sealed class ClassifierTrainer
{
    /// <summary>Creates a trainer with <paramref name="options"/> (default: <see cref="TrainerOptions.Default"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClassifierTrainer(TrainerOptions? options = null)
    {
        Options = options ?? TrainerOptions.Default;
        Options.Validate();
    }

    /// <summary>The options in use.</summary>
    public TrainerOptions Options { get; }

    /// <summary>
    /// Trains a model on every example: first on all but a held-out share to fit the softmax temperature, then on
    /// all of them with that temperature.
    /// </summary>
    /// <exception cref="ArgumentException">There are no examples, or an example has no label.</exception>
    /// <param name="name">The model's name.</param>
    /// <param name="examples">The examples.</param>
    /// <param name="allowed">Where given, the labels each example may be given where the model is used (see
    /// <see cref="ITextClassifier.PredictAmong"/>): the model learns to choose among them alone for it.</param>
    public SoftmaxClassifier Train(string name, IReadOnlyList<LabelledExample> examples, Func<LabelledExample, string, bool>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var problem = TrainingProblem.Create(examples, Options.Features, Options.GroupLabels, Options.LabelGroup, allowed);
        return Train(name, problem, Enumerable.Range(0, problem.Count).ToArray());
    }

    /// <summary>
    /// Splits the examples into <paramref name="folds"/> folds (one document's examples together, labels spread
    /// evenly: see <see cref="LabelledExample.Group"/>), trains on all but one and tests on that one, for each fold in
    /// turn. Where <paramref name="allowed"/> is given, each example is trained and each held-out example classified only
    /// among the labels it accepts for that example, as <see cref="ITextClassifier.PredictAmong"/> does where the model is used. Where
    /// <paramref name="resolve"/> is given, a prediction is right when the answer it resolves to for the example equals
    /// the example's <see cref="LabelledExample.Answer"/> (else its label), as the rules that turn a label into an
    /// answer where the model is used would have it.
    /// </summary>
    /// <exception cref="ArgumentException">There are no examples, or an example has no label.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two folds.</exception>
    public CrossValidationResult CrossValidate(IReadOnlyList<LabelledExample> examples, int folds = 5, Func<LabelledExample, string, bool>? allowed = null, Func<LabelledExample, string, string>? resolve = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var mistakes = new List<CrossValidationMistake>();
        var problem = TrainingProblem.Create(examples, Options.Features, Options.GroupLabels, Options.LabelGroup, allowed);
        var foldOf = problem.StratifiedFolds(Enumerable.Range(0, problem.Count).ToArray(), folds);
        var accuracies = new double[folds];
        int correct = 0, abstained = 0, correctAnswered = 0;
        var p = new double[problem.Columns];
        for (var f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, problem.Count).Where(i => foldOf[i] != f).ToArray();
            var test = Enumerable.Range(0, problem.Count).Where(i => foldOf[i] == f).ToArray();
            var fit = Fit(problem, train);
            var temperature = Calibrate(problem, train);
            var right = 0;
            foreach (var i in test)
            {
                problem.Logits(i, fit.Weights, fit.Bias, p);
                var probabilities = p.AsSpan(0, problem.Labels.Length);
                SoftmaxClassifier.Softmax(probabilities, temperature);
                if (allowed is not null)
                {
                    Restrict(probabilities, problem.Labels, label => allowed(examples[i], label));
                }

                var best = ArgMax(probabilities);
                var answer = resolve is null ? problem.Labels[best] : resolve(examples[i], problem.Labels[best]);
                var ok = resolve is null ? best == problem.Targets[i] : answer == (examples[i].Answer ?? examples[i].Label);
                right += ok ? 1 : 0;
                if (!ok)
                {
                    mistakes.Add(new CrossValidationMistake(examples[i], answer, p[best]));
                }

                if (p[best] < Options.AbstainThreshold)
                {
                    abstained++;
                }
                else if (ok)
                {
                    correctAnswered++;
                }
            }

            correct += right;
            accuracies[f] = test.Length == 0 ? 0 : (double)right / test.Length;
        }

        return new CrossValidationResult(folds, correct, problem.Count, accuracies, abstained, correctAnswered, mistakes);
    }

    private SoftmaxClassifier Train(string name, TrainingProblem problem, int[] subset)
    {
        var temperature = Calibrate(problem, subset);
        var fit = Fit(problem, subset);
        Round(fit.Weights);
        Round(fit.Bias);

        // Keep only features that carry a weight, in hash order, so the file is small and canonical.
        var k = problem.Columns;
        var order = Enumerable.Range(0, problem.Rows)
            .Where(r => fit.Weights.AsSpan(r * k, k).ContainsAnyExcept(0f))
            .OrderBy(r => problem.RowFeatures[r])
            .ToArray();
        var rowFeatures = order.Select(r => problem.RowFeatures[r]).ToArray();
        var weights = new float[order.Length * k];
        for (var i = 0; i < order.Length; i++)
        {
            fit.Weights.AsSpan(order[i] * k, k).CopyTo(weights.AsSpan(i * k, k));
        }

        return new SoftmaxClassifier(name, problem.Labels, problem.LabelGroups, problem.GroupCount, Options.Features, rowFeatures, weights, fit.Bias, (float)temperature, (float)Options.AbstainThreshold);
    }

    /// <summary>Fits the temperature on one example in <see cref="TrainerOptions.CalibrationFold"/> after training on the rest.</summary>
    private double Calibrate(TrainingProblem problem, int[] subset)
    {
        if (Options.CalibrationFold == 0)
        {
            return 1;
        }

        var foldOf = problem.StratifiedFolds(subset, Options.CalibrationFold);
        var heldOut = subset.Where(i => foldOf[i] == 0).ToArray();
        var train = subset.Where(i => foldOf[i] != 0).ToArray();
        if (heldOut.Length == 0 || train.Length == 0)
        {
            return 1;
        }

        var fit = Fit(problem, train);
        Round(fit.Weights);
        Round(fit.Bias);
        var logits = heldOut.Select(i =>
        {
            var z = new double[problem.Columns];
            problem.Logits(i, fit.Weights, fit.Bias, z);
            return z[..problem.Labels.Length];
        }).ToArray();
        var targets = heldOut.Select(i => problem.Targets[i]).ToArray();
        return (float)FitTemperature(logits, targets);
    }

    /// <summary>The temperature that minimises the held-out negative log-likelihood (golden-section search on its logarithm).</summary>
    internal static double FitTemperature(double[][] logits, int[] targets)
    {
        double Nll(double logT)
        {
            var t = Math.Exp(logT);
            var sum = 0.0;
            var p = new double[logits.Length == 0 ? 0 : logits[0].Length];
            for (var i = 0; i < logits.Length; i++)
            {
                logits[i].CopyTo(p, 0);
                SoftmaxClassifier.Softmax(p, t);
                sum -= Math.Log(Math.Max(p[targets[i]], 1e-12));
            }

            return sum;
        }

        double lo = Math.Log(0.05), hi = Math.Log(20);
        var g = (Math.Sqrt(5) - 1) / 2;
        double a = hi - (g * (hi - lo)), b = lo + (g * (hi - lo));
        double fa = Nll(a), fb = Nll(b);
        for (var step = 0; step < 60; step++)
        {
            if (fa <= fb)
            {
                hi = b;
                b = a;
                fb = fa;
                a = hi - (g * (hi - lo));
                fa = Nll(a);
            }
            else
            {
                lo = a;
                a = b;
                fa = fb;
                b = lo + (g * (hi - lo));
                fb = Nll(b);
            }
        }

        return Math.Exp((lo + hi) / 2);
    }

    /// <summary>Mini-batch AdaGrad over <paramref name="subset"/> for the configured epochs.</summary>
    private (float[] Weights, float[] Bias) Fit(TrainingProblem problem, int[] subset)
    {
        var k = problem.Labels.Length;
        var c = problem.Columns;
        var weights = new float[problem.Rows * c];
        var bias = new float[k];
        var sumSq = new double[weights.Length];
        var biasSumSq = new double[k];
        var gradient = new double[weights.Length];
        var biasGradient = new double[k];
        var touched = new List<int>();
        var marked = new bool[problem.Rows];
        var order = (int[])subset.Clone();
        var random = new SplitMix64(Options.Seed);
        var p = new double[c];
        var lambda = Options.L2;
        var rate = Options.LearningRate;
        const double Epsilon = 1e-8;
        for (var epoch = 0; epoch < Options.Epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += Options.BatchSize)
            {
                var end = Math.Min(order.Length, start + Options.BatchSize);
                var scale = 1.0 / (end - start);
                for (var n = start; n < end; n++)
                {
                    problem.AccumulateGradient(order[n], weights, bias, scale, gradient, biasGradient, p, touched, marked);
                }

                foreach (var r in touched)
                {
                    for (var j = r * c; j < (r + 1) * c; j++)
                    {
                        var g = gradient[j] + (lambda * weights[j]);
                        sumSq[j] += g * g;
                        weights[j] -= (float)(rate * g / (Math.Sqrt(sumSq[j]) + Epsilon));
                        gradient[j] = 0;
                    }

                    marked[r] = false;
                }

                touched.Clear();
                for (var j = 0; j < k; j++)
                {
                    var g = biasGradient[j];
                    biasSumSq[j] += g * g;
                    bias[j] -= (float)(rate * g / (Math.Sqrt(biasSumSq[j]) + Epsilon));
                    biasGradient[j] = 0;
                }
            }
        }

        return (weights, bias);
    }

    private void Round(float[] values)
    {
        if (!Options.HalfPrecision)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(Half)values[i];
        }
    }

    /// <summary>Sets the probabilities of the labels not allowed to 0 and renormalises the rest (all of them where none is allowed).</summary>
    private static void Restrict(Span<double> p, string[] labels, Func<string, bool> allowed)
    {
        var mass = 0.0;
        for (var j = 0; j < p.Length; j++)
        {
            mass += allowed(labels[j]) ? p[j] : 0;
        }

        if (mass <= 0)
        {
            return;
        }

        for (var j = 0; j < p.Length; j++)
        {
            p[j] = allowed(labels[j]) ? p[j] / mass : 0;
        }
    }

    private static int ArgMax(ReadOnlySpan<double> p)
    {
        var best = 0;
        for (var j = 1; j < p.Length; j++)
        {
            if (p[j] > p[best])
            {
                best = j;
            }
        }

        return best;
    }

    /// <summary>A small, fast generator with a fixed algorithm (SplitMix64), so that shuffles never change between runtimes.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
