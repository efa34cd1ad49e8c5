using System.Numerics;

namespace ReportMiner.Classification;

/// <summary>
/// A multinomial logistic regression over hashed features (<see cref="FeatureHasher"/>): one weight per feature and
/// label, a bias per label, and a softmax whose temperature was fitted on held-out examples so that its
/// probabilities are calibrated. Below <see cref="AbstainThreshold"/> it abstains. Train one with
/// <see cref="ClassifierTrainer"/>; store it with <see cref="Save"/> and <see cref="Load"/> (the format is in
/// <c>ModelFormat.md</c>). Immutable and thread-safe.
/// </summary>
public sealed class SoftmaxClassifier : ITextClassifier
{
    private readonly string[] _labels;
    private readonly int[] _labelGroups;
    private readonly int[] _rowFeatures;
    private readonly int[] _rowOf;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly FeatureHasher _hasher;

    /// <summary>Creates a classifier from its parts; <paramref name="rowFeatures"/> are strictly increasing.</summary>
    internal SoftmaxClassifier(string name, string[] labels, int[] labelGroups, int groupCount, FeatureOptions features, int[] rowFeatures, float[] weights, float[] bias, float temperature, float abstainThreshold)
    {
        Name = name;
        _labels = labels;
        _labelGroups = labelGroups;
        GroupCount = groupCount;
        _rowFeatures = rowFeatures;
        _weights = weights;
        _bias = bias;
        Temperature = temperature;
        AbstainThreshold = abstainThreshold;
        Features = features;
        _hasher = new FeatureHasher(features);
        _rowOf = new int[features.Dimension];
        Array.Fill(_rowOf, -1);
        for (var r = 0; r < rowFeatures.Length; r++)
        {
            _rowOf[rowFeatures[r]] = r;
        }
    }

    /// <summary>The model's name (for example <c>standard-attribution</c>), as stored in its file.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>How the model reads text.</summary>
    public FeatureOptions Features { get; }

    /// <summary>The softmax temperature fitted on held-out examples (1: none).</summary>
    public float Temperature { get; }

    /// <summary>Below this probability <see cref="Predict"/> abstains (gives no label).</summary>
    public float AbstainThreshold { get; }

    /// <summary>How many label groups (labels sharing a prefix before <c>/</c>) share a second set of weights; 0 for none.</summary>
    public int GroupCount { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _rowFeatures.Length;

    internal ReadOnlySpan<int> RowFeatures => _rowFeatures;

    internal ReadOnlySpan<int> LabelGroups => _labelGroups;

    /// <summary>Weights per feature: one per label, then one per group.</summary>
    internal int Columns => _labels.Length + GroupCount;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Bias => _bias;

    /// <inheritdoc />
    public Prediction Predict(ClassifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<double> scratch = Columns <= 256 ? stackalloc double[Columns] : new double[Columns];
        Probabilities(input, scratch);
        var p = scratch[.._labels.Length];
        var best = 0;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return p[best] < AbstainThreshold ? new Prediction(null, p[best]) : new Prediction(_labels[best], p[best]);
    }

    /// <inheritdoc />
    public Prediction PredictAmong(ClassifierInput input, Func<string, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(allowed);
        Span<double> scratch = Columns <= 256 ? stackalloc double[Columns] : new double[Columns];
        Probabilities(input, scratch);
        var best = -1;
        var mass = 0.0;
        for (var k = 0; k < _labels.Length; k++)
        {
            if (!allowed(_labels[k]))
            {
                continue;
            }

            mass += scratch[k];
            if (best < 0 || scratch[k] > scratch[best])
            {
                best = k;
            }
        }

        if (best < 0 || mass <= 0)
        {
            return new Prediction(null, 0);
        }

        var probability = scratch[best] / mass;
        return probability < AbstainThreshold ? new Prediction(null, probability) : new Prediction(_labels[best], probability);
    }

    /// <summary>The calibrated probability of every label (in the order of <see cref="Labels"/>).</summary>
    public IReadOnlyList<double> Probabilities(ClassifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = new double[Columns];
        Probabilities(input, p);
        return p[.._labels.Length];
    }

    /// <summary>A copy that abstains below <paramref name="threshold"/> instead.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not between 0 and 1.</exception>
    public SoftmaxClassifier WithAbstainThreshold(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        return new SoftmaxClassifier(Name, _labels, _labelGroups, GroupCount, Features, _rowFeatures, _weights, _bias, Temperature, (float)threshold);
    }

    /// <summary>Writes the model to <paramref name="destination"/> in the format of <c>ModelFormat.md</c>.</summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ModelSerializer.Write(this, destination);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="ModelException">The stream is not a model this version reads: it names the problem.</exception>
    public static SoftmaxClassifier Load(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ModelSerializer.Read(source);
    }

    /// <summary>Writes the label probabilities into the first K entries of <paramref name="p"/> (<see cref="Columns"/> long).</summary>
    private void Probabilities(ClassifierInput input, Span<double> p)
    {
        var buffer = FeatureHasher.ThreadBuffer;
        _hasher.Transform(input, buffer);
        var k = _labels.Length;
        var c = Columns;
        Span<float> sum = c <= 512 ? stackalloc float[c] : new float[c];
        sum.Clear();
        var indices = buffer.Indices;
        var values = buffer.Values;
        for (var i = 0; i < buffer.Count; i++)
        {
            var r = _rowOf[indices[i]];
            if (r >= 0)
            {
                AddScaled(sum, _weights.AsSpan(r * c, c), values[i]);
            }
        }

        for (var j = 0; j < k; j++)
        {
            p[j] = (double)_bias[j] + sum[j] + (GroupCount > 0 && _labelGroups[j] >= 0 ? sum[k + _labelGroups[j]] : 0f);
        }

        Softmax(p[..k], Temperature);
    }

    /// <summary><c>sum += v · row</c>, element by element (vectorised; each element's additions keep their order, so results do not depend on the vector width).</summary>
    private static void AddScaled(Span<float> sum, ReadOnlySpan<float> row, float v)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            var scale = new Vector<float>(v);
            for (; j <= row.Length - Vector<float>.Count; j += Vector<float>.Count)
            {
                var updated = new Vector<float>(sum[j..]) + (scale * new Vector<float>(row[j..]));
                updated.CopyTo(sum[j..]);
            }
        }

        for (; j < row.Length; j++)
        {
            sum[j] += v * row[j];
        }
    }

    /// <summary>Turns logits into probabilities in place, dividing them by <paramref name="temperature"/> first.</summary>
    internal static void Softmax(Span<double> z, double temperature)
    {
        var max = double.NegativeInfinity;
        foreach (var v in z)
        {
            max = Math.Max(max, v);
        }

        var sum = 0.0;
        for (var j = 0; j < z.Length; j++)
        {
            z[j] = Math.Exp((z[j] - max) / temperature);
            sum += z[j];
        }

        for (var j = 0; j < z.Length; j++)
        {
            z[j] /= sum;
        }
    }
}
