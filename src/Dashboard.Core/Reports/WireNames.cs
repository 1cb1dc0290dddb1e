namespace Dashboard.Core.Reports;

/// <summary>
/// The lower-case names used for the vocabularies in addresses, CSV files and the API
/// (<c>dual-use</c>, <c>confirmed</c>, <c>high</c>), in one place so every way in and out agrees.
/// </summary>
public static class WireNames
{
    public static string Of(SupportCategory value) => value switch
    {
        SupportCategory.Lethal => "lethal",
        SupportCategory.NonLethal => "non-lethal",
        SupportCategory.DualUse => "dual-use",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static string Of(EvidenceStatus value) => value.ToString().ToLowerInvariant();

    public static string Of(ConfidenceLevel value) => value.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out SupportCategory value)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "lethal":
                value = SupportCategory.Lethal;
                return true;
            case "non-lethal":
                value = SupportCategory.NonLethal;
                return true;
            case "dual-use":
                value = SupportCategory.DualUse;
                return true;
            default:
                value = default;
                return false;
        }
    }

    public static bool TryParse(string? text, out EvidenceStatus value) => TryParseLowerCase(text, out value);

    public static bool TryParse(string? text, out ConfidenceLevel value) => TryParseLowerCase(text, out value);

    /// <summary>The accepted names of a vocabulary, for error messages ("lethal, non-lethal, dual-use").</summary>
    public static string ListOf<TEnum>()
        where TEnum : struct, Enum
    {
        if (typeof(TEnum) == typeof(SupportCategory))
        {
            return string.Join(", ", Enum.GetValues<SupportCategory>().Select(Of));
        }

        return string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
    }

    private static bool TryParseLowerCase<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var trimmed = text?.Trim();
        // Names only: Enum.TryParse would also accept "1" or "0x2".
        if (!string.IsNullOrEmpty(trimmed)
            && trimmed.All(char.IsAsciiLetter)
            && Enum.TryParse(trimmed, ignoreCase: true, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
