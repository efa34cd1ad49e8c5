namespace ReportMiner.Classification;

/// <summary>The classifiers that ship embedded in the package.</summary>
public static class ShippedClassifiers
{
    /// <summary>Loads the shipped models (none are shipped yet: the rules run alone).</summary>
    public static ClassifierSet Load() => ClassifierSet.None;
}
