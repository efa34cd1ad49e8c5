namespace ReportMiner.Pdf;

/// <summary>A rectangle in PDF user space (points), normalised so that Left ≤ Right and Bottom ≤ Top when built with <see cref="FromCorners"/>.</summary>
/// <param name="Left">The smaller x coordinate.</param>
/// <param name="Bottom">The smaller y coordinate.</param>
/// <param name="Right">The larger x coordinate.</param>
/// <param name="Top">The larger y coordinate.</param>
public readonly record struct PdfRectangle(double Left, double Bottom, double Right, double Top)
{
    /// <summary>The US Letter page (612 × 792 points), the default when a page has no usable /MediaBox.</summary>
    public static PdfRectangle Letter => new(0, 0, 612, 792);

    /// <summary>The width (Right − Left).</summary>
    public double Width => Right - Left;

    /// <summary>The height (Top − Bottom).</summary>
    public double Height => Top - Bottom;

    /// <summary>Builds a rectangle from two opposite corners given in any order, as PDF rectangles may be written.</summary>
    public static PdfRectangle FromCorners(double x1, double y1, double x2, double y2) =>
        new(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
}
