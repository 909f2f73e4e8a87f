namespace Alliances.Site.Model;

/// <summary>content/site.yml.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string Language,
    Uri BaseUrl,
    string? Repository,
    string Branch)
{
    /// <summary>The path part of the base URL, e.g. "/alliances/"; always starts and ends with '/'.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, sitePath).AbsoluteUri;
}
