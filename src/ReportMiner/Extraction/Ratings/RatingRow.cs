namespace ReportMiner.Extraction.Ratings;

/// <summary>
/// A row of a ratings table as read: its standard's number and label, its grade (with the words that gave it), and
/// the text it was read from. Number, label or grade may be missing while the row waits for the rest.
/// </summary>
internal readonly record struct RatingRow(string? Number, string? Label, string? Grade, string? GradeText, string Text);
