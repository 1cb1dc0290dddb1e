namespace Dashboard.Core.Editing;

/// <summary>
/// Validation messages by field. Keys are the editor's field names (<c>Title</c>,
/// <c>Sources[1].Url</c>); every message starts with the field's label so it reads on its own
/// ("Title must be between 5 and 200 characters long (it has 3)").
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> messages = new(StringComparer.Ordinal);

    public static ValidationErrors None { get; } = new();

    public bool IsValid => messages.Count == 0;

    /// <summary>Every message, in the order the fields were checked.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All =>
        messages.SelectMany(m => m.Value.Select(v => new KeyValuePair<string, string>(m.Key, v))).ToList();

    public IEnumerable<string> Fields => messages.Keys;

    public static string SourceField(int index, string field) => $"{nameof(ReportDraft.Sources)}[{index}].{field}";

    public static string OrganizationField(int index) => $"{nameof(ReportDraft.Organizations)}[{index}]";

    public bool Has(string field) => messages.ContainsKey(field);

    /// <summary>The messages of one field joined into one line, or null when it has none.</summary>
    public string? For(string field) => messages.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    /// <summary>Adds "<paramref name="label"/> <paramref name="rule"/>" when the rule found a problem (is not null).</summary>
    public void Check(string field, string label, string? rule)
    {
        if (rule is not null)
        {
            Add(field, $"{label} {rule}");
        }
    }

    public void Add(string field, string message)
    {
        if (!messages.TryGetValue(field, out var list))
        {
            list = [];
            messages[field] = list;
        }

        list.Add(message);
    }
}
