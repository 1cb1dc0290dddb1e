using System.Buffers.Text;
using System.Security.Cryptography;

namespace Dashboard.Core.Sharing;

/// <summary>
/// Share link tokens: 256 bits from the operating system's cryptographic generator, written in
/// base64url (43 characters, safe in an address). The database keeps only the SHA-256 of the 256
/// bits, so a copy of the database opens no link.
/// </summary>
public static class ShareTokens
{
    public const int TokenBytes = 32;

    /// <summary>Length of a token's text: 32 bytes in unpadded base64url.</summary>
    public const int TokenLength = 43;

    public static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(bytes);
        var token = Base64Url.EncodeToString(bytes);
        CryptographicOperations.ZeroMemory(bytes);
        return token;
    }

    /// <summary>
    /// The SHA-256 of the token's 256 bits, or null when the text is not a token. Only the canonical
    /// spelling is accepted, so that one link never answers to two different addresses.
    /// </summary>
    public static byte[]? HashOf(string? token)
    {
        if (token is not { Length: TokenLength } || !token.All(IsBase64UrlCharacter))
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[TokenBytes];
        try
        {
            // The decoder throws on spare bits that are not zero (a second spelling of the same bits).
            if (!Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != TokenBytes)
            {
                return null;
            }

            return SHA256.HashData(bytes);
        }
        catch (FormatException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static bool IsBase64UrlCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
