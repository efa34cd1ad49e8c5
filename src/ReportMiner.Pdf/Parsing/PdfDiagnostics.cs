namespace ReportMiner.Pdf.Parsing;

/// <summary>
/// Collects the warnings of one file and applies the lenient/strict policy in one place: a repair is a
/// warning when lenient and a <see cref="PdfFormatException"/> when strict.
/// </summary>
internal sealed class PdfDiagnostics
{
    /// <summary>A hostile file can produce one warning per object or per stream read; beyond this many we stop recording.</summary>
    internal const int MaxWarnings = 500;

    private readonly List<PdfWarning> _warnings = [];
    private readonly HashSet<(string Code, string Message, int? Page)> _seen = [];

    public PdfDiagnostics(bool lenient, ReadBudget? budget = null)
    {
        Lenient = lenient;
        Budget = budget ?? ReadBudget.Unlimited;
    }

    /// <summary>What reading the file may spend; the long loops check it.</summary>
    public ReadBudget Budget { get; }

    /// <summary>Whether repairs are allowed.</summary>
    public bool Lenient { get; }

    /// <summary>The warnings recorded so far.</summary>
    public IReadOnlyList<PdfWarning> Warnings => _warnings;

    /// <summary>Records a warning that does not depend on the policy (a limit reached, an unsupported feature).</summary>
    public void Warn(string code, string message, int? page = null) => Add(new PdfWarning(code, message, page));

    /// <summary>Records a repair of damaged structure; in strict mode throws instead.</summary>
    public void Repair(string code, string message, int? page = null)
    {
        if (!Lenient)
        {
            throw new PdfFormatException(message + " (set PdfReadOptions.Lenient to true to repair and continue)");
        }

        Add(new PdfWarning(code, message, page));
    }

    /// <summary>Records <paramref name="warning"/> unless the same warning is already recorded or the cap is reached.</summary>
    public void Add(PdfWarning warning)
    {
        if (_warnings.Count > MaxWarnings || !_seen.Add((warning.Code, warning.Message, warning.Page)))
        {
            return;
        }

        _warnings.Add(_warnings.Count == MaxWarnings
            ? new PdfWarning("too-many-warnings", $"More than {MaxWarnings} warnings; further warnings are not recorded.")
            : warning);
    }
}
