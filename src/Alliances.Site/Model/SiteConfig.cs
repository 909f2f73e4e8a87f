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
    /// <summary>The default essays per home or topic page: a page of cards stays near 20 KB of HTML.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The default titles per archive page (titles only, so about 30 KB).</summary>
    public const int DefaultArchivePageSize = 200;

    /// <summary>Essays per page of the home and topic pages (`page_size`).</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Titles per page of the archive (`archive_page_size`).</summary>
    public int ArchivePageSize { get; init; } = DefaultArchivePageSize;

    /// <summary>Groups of words a reader may type for one another in search (`search.variants`).</summary>
    public IReadOnlyList<SearchVariantGroup> SearchVariants { get; init; } = [];

    /// <summary>`ignore:` patterns of content files the site does not use and should not warn about (see <see cref="Linking.UnusedFiles"/>).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Whether an essay without an image of its own gets a drawn card as its og:image (`social_cards`, default true).</summary>
    public bool SocialCards { get; init; } = true;

    /// <summary>The path part of the base URL, e.g. "/alliances/"; always starts and ends with '/'.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, sitePath).AbsoluteUri;
}
