namespace ReportMiner.Evaluation;

/// <summary>Counts for one list field over a corpus, micro-averaged: true positives, false positives, false negatives.</summary>
public sealed class FieldScore
{
    /// <summary>Matched required gold entries.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Output entries that matched no gold entry.</summary>
    public int FalsePositives { get; private set; }

    /// <summary>Required gold entries no output entry matched.</summary>
    public int FalseNegatives { get; private set; }

    /// <summary>Precision, or 1 when nothing was output.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall, or 1 when the gold has nothing required.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds counts.</summary>
    public void Add(int tp, int fp, int fn)
    {
        TruePositives += tp;
        FalsePositives += fp;
        FalseNegatives += fn;
    }

    /// <summary>Adds another score's counts.</summary>
    public void Add(FieldScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Add(other.TruePositives, other.FalsePositives, other.FalseNegatives);
    }
}

/// <summary>A share of matched items on which a secondary attribute agrees (framework, ratio standard, quote speaker, a document field).</summary>
public sealed class Agreement
{
    /// <summary>Items where it agrees.</summary>
    public int Agreed { get; private set; }

    /// <summary>Items compared.</summary>
    public int Total { get; private set; }

    /// <summary>The share that agrees, or 1 when nothing was compared.</summary>
    public double Accuracy => Total == 0 ? 1 : (double)Agreed / Total;

    /// <summary>Counts one comparison.</summary>
    public void Add(bool agreed)
    {
        Total++;
        Agreed += agreed ? 1 : 0;
    }

    /// <summary>Adds another agreement's counts.</summary>
    public void Add(Agreement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Agreed += other.Agreed;
        Total += other.Total;
    }
}

/// <summary>A difference between output and gold, for <c>eval --verbose</c>.</summary>
/// <param name="Document">The document's gold file name.</param>
/// <param name="Field">The field (<c>ratings</c>, <c>quotes</c> …).</param>
/// <param name="Kind"><c>missed</c> (gold not found), <c>extra</c> (output not in gold) or <c>wrong</c> (a matched item's attribute disagrees).</param>
/// <param name="Description">The item, and its evidence where there is some.</param>
public sealed record EvaluationDifference(string Document, string Field, string Kind, string Description);
