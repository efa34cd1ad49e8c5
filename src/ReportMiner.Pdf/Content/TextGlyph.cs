using ReportMiner.Pdf.Fonts;

namespace ReportMiner.Pdf.Content;

/// <summary>
/// One drawn character code with Unicode text, in display space (points, origin at the crop box's lower left,
/// y up, page rotation applied). Space glyphs are kept: layout uses them as word breaks.
/// </summary>
/// <param name="Text">The Unicode text (one or more characters; shared per font code, not allocated per glyph).</param>
/// <param name="X">The glyph origin's x (on the baseline, text rise applied).</param>
/// <param name="Y">The glyph origin's y.</param>
/// <param name="Width">The advance along the baseline, excluding character and word spacing (Tc/Tw), so that spacing-made gaps stay visible.</param>
/// <param name="FontSize">The font size in effect, scaled to display space.</param>
/// <param name="Spacing">The extra advance from Tc and Tw that followed the glyph, in display space.</param>
/// <param name="Font">The font.</param>
/// <param name="Direction">The baseline direction in quarter turns counter-clockwise: 0 for ordinary left-to-right text.</param>
internal readonly record struct TextGlyph(string Text, double X, double Y, double Width, double FontSize, double Spacing, PdfFont Font, int Direction);

/// <summary>A stroked or filled straight rule (line segment or thin rectangle) in display space, kept for table detection.</summary>
/// <param name="X1">Left.</param>
/// <param name="Y1">Bottom.</param>
/// <param name="X2">Right.</param>
/// <param name="Y2">Top.</param>
internal readonly record struct Rule(double X1, double Y1, double X2, double Y2)
{
    /// <summary>Whether the rule is (nearly) horizontal.</summary>
    public bool IsHorizontal => Y2 - Y1 <= 3 && X2 - X1 > Y2 - Y1;

    /// <summary>Whether the rule is (nearly) vertical.</summary>
    public bool IsVertical => X2 - X1 <= 3 && Y2 - Y1 > X2 - X1;
}
