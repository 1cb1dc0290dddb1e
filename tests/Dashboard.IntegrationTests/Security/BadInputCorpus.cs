namespace Dashboard.IntegrationTests.Security;

/// <summary>Hostile and broken values every input of the product must survive.</summary>
public static class BadInputCorpus
{
    public static IReadOnlyList<string> Values { get; } =
    [
        new string('x', 5000),
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "'; DROP TABLE \"Reports\"; --",
        "1 OR 1=1",
        "%' OR '1'='1",
        "2024-02-30",
        "9999-99-99",
        "-1",
        "0001-01-01",
        "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "   ",
        "",
        "\u0000",
        "☃ ✓ Ω 日本語 العربية",
        "../../etc/passwd",
        "{{7*7}}",
        "true",
        "1e309",
    ];
}
