namespace ReportMiner.Extraction.Areas;

/// <summary>What sort of place or body a gazetteer entry is.</summary>
public enum AreaKind
{
    /// <summary>An English local authority.</summary>
    EnglishCouncil,

    /// <summary>A Welsh local authority.</summary>
    WelshCouncil,

    /// <summary>A service covering several councils, one area under its joint name.</summary>
    JointService,

    /// <summary>A police force (areas of HMICFRS inspections).</summary>
    PoliceForce,

    /// <summary>A provider named by the document itself (a school, a care service), not in the gazetteer.</summary>
    Provider,
}
