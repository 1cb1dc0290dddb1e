using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dashboard.TestSupport;

/// <summary>An HTTP client for the app that signs in through the real sign-in form.</summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>Posts the sign-in form and returns the response (302 on success, the form again on failure).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var form = await GetFormFieldsAsync("/Account/Login");
        form["Input.Email"] = email;
        form["Input.Password"] = password;
        return await Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in and fails loudly when the credentials do not work.</summary>
    public async Task SignInOrFailAsync(string email, string password = DashboardAppFactory.DemoPassword)
    {
        using var response = await SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} failed with {(int)response.StatusCode}.");
        }
    }

    /// <summary>Reads the hidden fields of the first form of a page (antiforgery token, Blazor's form handler).</summary>
    public async Task<Dictionary<string, string>> GetFormFieldsAsync(string path)
    {
        var html = await Http.GetStringAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        var document = Parser.ParseDocument(html);
        var form = document.QuerySelector("form[method=post]") as IHtmlFormElement
            ?? throw new InvalidOperationException($"{path} has no form.");
        return form.QuerySelectorAll("input[type=hidden]")
            .OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        var html = await Http.GetStringAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        return Parser.ParseDocument(html);
    }

    public void Dispose() => Http.Dispose();
}
