namespace Dashboard.Core.Import;

/// <summary>
/// Keeps exported CSV cells from being run as formulas by a spreadsheet (CSV injection), in a way
/// that an import undoes exactly. Export puts an apostrophe in front of a cell that starts with
/// <c>= + - @</c>, a tab, a carriage return or an apostrophe; import removes one leading apostrophe
/// when one of those characters follows it. Escaping the apostrophe itself makes the two steps
/// inverse, so a cell that really starts with <c>'=</c> survives a round trip too.
/// </summary>
public static class SpreadsheetFormulaGuard
{
    /// <summary>The character put in front of a possible formula; spreadsheets read it as "this cell is text".</summary>
    public const char Escape = '\'';

    /// <summary>The characters that make a cell a possible formula (OWASP's list).</summary>
    public const string FormulaCharacters = "=+-@\t\r";

    /// <summary>True when a cell must be escaped: it starts with a formula character or with the escape itself.</summary>
    public static bool NeedsEscape(string? value) => !string.IsNullOrEmpty(value) && IsEscaped(value[0]);

    /// <summary>The cell as it must be written so that a spreadsheet shows it as text.</summary>
    public static string? Neutralise(string? value) => NeedsEscape(value) ? Escape + value : value;

    /// <summary>The value of a cell that export neutralised; any other cell is returned as it is.</summary>
    public static string? Restore(string? cell) =>
        cell is { Length: >= 2 } && cell[0] == Escape && IsEscaped(cell[1]) ? cell[1..] : cell;

    private static bool IsEscaped(char first) => first == Escape || FormulaCharacters.Contains(first, StringComparison.Ordinal);
}
