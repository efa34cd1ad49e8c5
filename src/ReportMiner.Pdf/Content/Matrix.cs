using System.Runtime.CompilerServices;

namespace ReportMiner.Pdf.Content;

/// <summary>An affine transformation [a b c d e f] as PDF writes it: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The identity matrix.</summary>
    public static Matrix Identity => new(1, 0, 0, 1, 0, 0);

    /// <summary>A translation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary><c>this × other</c>: apply this first, then <paramref name="other"/> (PDF's order for <c>cm</c>: new CTM = M × CTM).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Matrix Multiply(in Matrix other) => new(
        (A * other.A) + (B * other.C),
        (A * other.B) + (B * other.D),
        (C * other.A) + (D * other.C),
        (C * other.B) + (D * other.D),
        (E * other.A) + (F * other.C) + other.E,
        (E * other.B) + (F * other.D) + other.F);

    /// <summary>Transforms a point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (double X, double Y) Transform(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    /// <summary>The matrix that maps user space to display space (origin at the crop box's lower left, y up) for a page rotation.</summary>
    public static Matrix ForPage(PdfRectangle box, int rotate) => (((rotate % 360) + 360) % 360) switch
    {
        90 => new Matrix(0, -1, 1, 0, -box.Bottom, box.Right),
        180 => new Matrix(-1, 0, 0, -1, box.Right, box.Top),
        270 => new Matrix(0, 1, -1, 0, box.Top, -box.Left),
        _ => new Matrix(1, 0, 0, 1, -box.Left, -box.Bottom),
    };

    /// <summary>Builds a matrix from a 6-number array, or null when malformed.</summary>
    public static Matrix? FromArray(double[]? values) =>
        values is { Length: 6 } v ? new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]) : null;
}
