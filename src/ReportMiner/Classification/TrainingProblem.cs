namespace ReportMiner.Classification;

/// <summary>
/// Examples turned into features once, with the features that occur renumbered into compact rows, and the
/// objective the trainer minimises: the mean negative log-likelihood of the softmax plus an L2 penalty
/// <c>(λ/2)·‖W‖²</c> on the weights (not the biases).
/// </summary>
internal sealed class TrainingProblem
{
    private readonly int[][] _indices;
    private readonly float[][] _values;
    private readonly string?[] _groups;
    private readonly bool[]?[] _allowed;

    private TrainingProblem(string[] labels, int[] labelGroups, int groupCount, int[] targets, int[] rowFeatures, int[][] indices, float[][] values, string?[] groups, bool[]?[] allowed)
    {
        _groups = groups;
        _allowed = allowed;
        Labels = labels;
        LabelGroups = labelGroups;
        GroupCount = groupCount;
        Targets = targets;
        RowFeatures = rowFeatures;
        _indices = indices;
        _values = values;
    }

    /// <summary>The labels, in ordinal order.</summary>
    public string[] Labels { get; }

    /// <summary>Each label's group (the labels sharing a prefix before <c>/</c>), or −1 where there are no groups.</summary>
    public int[] LabelGroups { get; }

    /// <summary>How many label groups share weights (0: none).</summary>
    public int GroupCount { get; }

    /// <summary>Weights per feature: one per label, then one per group.</summary>
    public int Columns => Labels.Length + GroupCount;

    /// <summary>Each example's label index.</summary>
    public int[] Targets { get; }

    /// <summary>The hashed feature of each compact row.</summary>
    public int[] RowFeatures { get; }

    public int Count => Targets.Length;

    public int Rows => RowFeatures.Length;

    /// <summary>Turns <paramref name="examples"/> into features.</summary>
    /// <param name="examples">The examples.</param>
    /// <param name="features">How text is read.</param>
    /// <param name="groupLabels">Whether labels share weights per group.</param>
    /// <param name="labelGroup">The group of each label (null: its prefix).</param>
    /// <param name="allowed">Where given, the labels each example may be given: its softmax runs over them alone, in training as where the model is used.</param>
    public static TrainingProblem Create(IReadOnlyList<LabelledExample> examples, FeatureOptions features, bool groupLabels = true, Func<string, string?>? labelGroup = null, Func<LabelledExample, string, bool>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("there are no examples to train on", nameof(examples));
        }

        if (examples.Any(e => e is null || string.IsNullOrWhiteSpace(e.Label) || e.Input is null))
        {
            throw new ArgumentException("every example needs an input and a label", nameof(examples));
        }

        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var (labelGroups, groupCount) = groupLabels ? LabelGrouping.Of(labels, labelGroup) : (Enumerable.Repeat(-1, labels.Length).ToArray(), 0);
        var hasher = new FeatureHasher(features);
        var buffer = new FeatureBuffer();
        var rowOf = new Dictionary<int, int>();
        var rowFeatures = new List<int>();
        var indices = new int[examples.Count][];
        var values = new float[examples.Count][];
        var targets = new int[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            hasher.Transform(examples[i].Input, buffer);
            var idx = new int[buffer.Count];
            for (var j = 0; j < buffer.Count; j++)
            {
                if (!rowOf.TryGetValue(buffer.Indices[j], out var row))
                {
                    row = rowFeatures.Count;
                    rowOf[buffer.Indices[j]] = row;
                    rowFeatures.Add(buffer.Indices[j]);
                }

                idx[j] = row;
            }

            indices[i] = idx;
            values[i] = buffer.Values.AsSpan(0, buffer.Count).ToArray();
            targets[i] = labelIndex[examples[i].Label];
        }

        // An example's own label is always among those it may be given; an example that may be given every label needs no mask.
        var masks = examples.Select((e, i) =>
        {
            if (allowed is null)
            {
                return null;
            }

            var mask = labels.Select(l => allowed(e, l)).ToArray();
            mask[targets[i]] = true;
            return mask.All(m => m) ? null : mask;
        }).ToArray();
        return new TrainingProblem(labels, labelGroups, groupCount, targets, rowFeatures.ToArray(), indices, values, examples.Select(e => e.Group).ToArray(), masks);
    }

    /// <summary>
    /// Assigns each example of <paramref name="subset"/> a fold (−1 for the rest), keeping the examples of one
    /// <see cref="LabelledExample.Group"/> together and the labels spread evenly: the groups, largest first (then in
    /// order of first appearance), and then each example without a group, go to the fold that holds fewest of their
    /// labels so far (ties: the fold with fewest examples, then the lowest). Deterministic.
    /// </summary>
    public int[] StratifiedFolds(int[] subset, int folds)
    {
        var units = new List<List<int>>();
        var unitOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in subset)
        {
            if (_groups[i] is not { } group)
            {
                units.Add([i]);
            }
            else if (unitOf.TryGetValue(group, out var u))
            {
                units[u].Add(i);
            }
            else
            {
                unitOf[group] = units.Count;
                units.Add([i]);
            }
        }

        var foldOf = new int[Count];
        Array.Fill(foldOf, -1);
        var perLabel = new int[folds * Labels.Length];
        var size = new int[folds];
        foreach (var unit in units.Select((u, n) => (u, n)).OrderByDescending(x => x.u.Count).ThenBy(x => x.n).Select(x => x.u))
        {
            int best = 0, bestLoad = int.MaxValue;
            for (var f = 0; f < folds; f++)
            {
                var load = unit.Sum(i => perLabel[(f * Labels.Length) + Targets[i]]);
                if (load < bestLoad || (load == bestLoad && size[f] < size[best]))
                {
                    best = f;
                    bestLoad = load;
                }
            }

            foreach (var i in unit)
            {
                foldOf[i] = best;
                perLabel[(best * Labels.Length) + Targets[i]]++;
            }

            size[best] += unit.Count;
        }

        return foldOf;
    }

    /// <summary>The logits of example <paramref name="i"/> into <paramref name="z"/> (at least <see cref="Columns"/> long; the first K are the logits).</summary>
    public void Logits(int i, float[] weights, float[] bias, Span<double> z)
    {
        var k = Labels.Length;
        var c = Columns;
        z[..c].Clear();
        var idx = _indices[i];
        var val = _values[i];
        for (var n = 0; n < idx.Length; n++)
        {
            var offset = idx[n] * c;
            var v = val[n];
            for (var j = 0; j < c; j++)
            {
                z[j] += v * weights[offset + j];
            }
        }

        var mask = _allowed[i];
        for (var j = 0; j < k; j++)
        {
            z[j] = mask is not null && !mask[j] ? double.NegativeInfinity : z[j] + bias[j] + (GroupCount > 0 && LabelGroups[j] >= 0 ? z[k + LabelGroups[j]] : 0);
        }
    }

    /// <summary>
    /// Adds <paramref name="scale"/> times the gradient of example <paramref name="i"/>'s negative log-likelihood
    /// to <paramref name="gradient"/> and <paramref name="biasGradient"/>, noting the rows it touches; returns the
    /// example's loss.
    /// </summary>
    public double AccumulateGradient(int i, float[] weights, float[] bias, double scale, double[] gradient, double[] biasGradient, double[] p, List<int> touched, bool[] marked)
    {
        var k = Labels.Length;
        var c = Columns;
        Logits(i, weights, bias, p);
        SoftmaxClassifier.Softmax(p.AsSpan(0, k), 1);
        var y = Targets[i];
        var loss = -Math.Log(Math.Max(p[y], 1e-300));
        p[y] -= 1;
        p.AsSpan(k, c - k).Clear();
        for (var j = 0; j < k; j++)
        {
            p[j] *= scale;
            biasGradient[j] += p[j];
            if (GroupCount > 0 && LabelGroups[j] >= 0)
            {
                p[k + LabelGroups[j]] += p[j];
            }
        }

        var idx = _indices[i];
        var val = _values[i];
        for (var n = 0; n < idx.Length; n++)
        {
            var row = idx[n];
            if (!marked[row])
            {
                marked[row] = true;
                touched.Add(row);
            }

            var offset = row * c;
            var v = val[n];
            for (var j = 0; j < c; j++)
            {
                gradient[offset + j] += v * p[j];
            }
        }

        return loss;
    }

    /// <summary>
    /// The whole objective over every example, <c>mean NLL + (λ/2)·‖W‖²</c>, and its exact gradient (for checking
    /// the gradient the optimiser follows).
    /// </summary>
    public double Objective(float[] weights, float[] bias, double lambda, double[] gradient, double[] biasGradient)
    {
        Array.Clear(gradient);
        Array.Clear(biasGradient);
        var touched = new List<int>();
        var marked = new bool[Rows];
        var p = new double[Columns];
        var loss = 0.0;
        for (var i = 0; i < Count; i++)
        {
            loss += AccumulateGradient(i, weights, bias, 1.0 / Count, gradient, biasGradient, p, touched, marked);
        }

        loss /= Count;
        for (var j = 0; j < weights.Length; j++)
        {
            loss += lambda / 2 * weights[j] * weights[j];
            gradient[j] += lambda * weights[j];
        }

        return loss;
    }
}

/// <summary>
/// Labels named <c>group/label</c> (<c>hmip-youth-2018/2.1</c>) share a second set of weights with the other labels of
/// their group, so that what marks a group (the words of one framework) is learnt from all its labels' examples.
/// </summary>
internal static class LabelGrouping
{
    /// <summary>
    /// Each label's group index (−1: none), and the number of groups: the group <paramref name="groupOf"/> gives (only
    /// groups of two labels or more), else the label's prefix before <c>/</c>; none at all unless some group has two labels.
    /// </summary>
    public static (int[] Groups, int Count) Of(IReadOnlyList<string> labels, Func<string, string?>? groupOf = null)
    {
        var prefixes = labels.Select(l => groupOf is not null ? groupOf(l) : l.IndexOf('/', StringComparison.Ordinal) is var at and > 0 ? l[..at] : null).ToArray();
        var sizes = prefixes.Where(p => p is not null).GroupBy(p => p!, StringComparer.Ordinal).ToList();
        if (!sizes.Any(g => g.Count() > 1))
        {
            return (Enumerable.Repeat(-1, labels.Count).ToArray(), 0);
        }

        // Prefixes all count (a framework with one standard still has its framework's words); given groups only where shared.
        var shared = sizes.Where(g => groupOf is null || g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        var names = shared.Order(StringComparer.Ordinal).ToList();
        return (prefixes.Select(p => p is not null && shared.Contains(p) ? names.IndexOf(p) : -1).ToArray(), names.Count);
    }
}
