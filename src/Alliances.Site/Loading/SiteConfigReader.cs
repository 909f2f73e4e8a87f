using Alliances.Site.Diagnostics;
using Alliances.Site.Loading.Yaml;
using Alliances.Site.Localization;
using Alliances.Site.Model;

namespace Alliances.Site.Loading;

public static partial class SiteConfigReader
{
    /// <summary>The keys site.yml may hold (docs/schema/site.schema.json lists the same; a test compares them).</summary>
    internal static readonly string[] Known = ["title", "description", "base_url", "language", "repository", "branch", "page_size", "archive_page_size", "ignore", "search", "social_cards"];

    public static SiteConfig? Read(ContentFile file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var text = SourceText.Normalize(file.Text);
        // A broken file (an anchor, a tag, a syntax error) is reported as that, not as the fields it hid.
        var mapping = YamlReader.ReadMapping(text, file.DisplayPath, 1, diagnostics, out var unreadable);
        var fields = new FrontMatter(mapping, file.DisplayPath, diagnostics, unreadable);
        fields.WarnUnknownKeys(Known);

        var title = fields.Text("title", required: true);
        var description = fields.Text("description", required: true);
        var language = fields.Text("language", required: false) ?? "en";
        if (LanguageTag.ProblemWith(language) is { } problem)
        {
            fields.Report(fields.At(fields.Get("language")!), DiagnosticCodes.SiteConfig, "'language': " + problem);
        }

        var baseUrlText = baseUrlOverride ?? fields.Text("base_url", required: true);
        var baseUrl = baseUrlText is null ? null : ParseBaseUrl(baseUrlText);
        if (baseUrlText is not null && baseUrl is null)
        {
            var at = baseUrlOverride is null ? fields.KeyAt("base_url") : new SourceLocation("--base-url", 1, 1);
            fields.Report(at, DiagnosticCodes.SiteConfig, $"the base URL must be an absolute http(s) URL such as https://example.org/alliances/, not '{baseUrlText}'");
        }

        var repository = fields.Text("repository", required: false)?.TrimEnd('/');
        if (repository is not null && ParseBaseUrl(repository) is null)
        {
            fields.Report(fields.KeyAt("repository"), DiagnosticCodes.SiteConfig, $"'repository' must be an http(s) URL, not '{repository}'");
            repository = null;
        }

        var branch = fields.Text("branch", required: false) ?? "main";
        var pageSize = PageSize(fields, "page_size", SiteConfig.DefaultPageSize);
        var archivePageSize = PageSize(fields, "archive_page_size", SiteConfig.DefaultArchivePageSize);
        var ignore = fields.StringList("ignore", required: false)?.Select(p => p.Value).ToArray() ?? [];
        var variants = SearchSettingsReader.Variants(fields);
        var socialCards = fields.Get("social_cards") is null || fields.Bool("social_cards");
        return title is null || description is null || baseUrl is null
            ? null
            : new SiteConfig(title, description, language, baseUrl, repository, branch) { PageSize = pageSize, ArchivePageSize = archivePageSize, Ignore = ignore, SearchVariants = variants, SocialCards = socialCards };
    }

    /// <summary>A whole number of items per page, 1 to 1,000 (more would defeat paging); the default if absent or wrong.</summary>
    private static int PageSize(FrontMatter fields, string key, int fallback)
    {
        if (fields.Text(key, required: false) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= 1000)
        {
            return size;
        }

        fields.Report(fields.KeyAt(key), DiagnosticCodes.SiteConfig, $"'{key}' must be a whole number from 1 to 1000, not '{text}'");
        return fallback;
    }

    public static Uri? ParseBaseUrl(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return null;
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
