using Alliances.Site.Model;

namespace Alliances.Site;

public sealed record BuildOptions
{
    public required string ContentDirectory { get; init; }

    public required string TemplatesDirectory { get; init; }

    public string OutputDirectory { get; init; } = "_site";

    /// <summary>Overrides site.yml's base_url (e.g. per pull-request preview).</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Take a missing `updated` from the essay's last commit (see <see cref="Loading.GitDates"/>).</summary>
    public bool GitDates { get; init; } = true;

    /// <summary>The day that decides which essays are "in the future"; passed in so builds are reproducible.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Worker threads for parsing and rendering; output is identical for any value.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Where resized image copies are kept between builds; null: <see cref="Images.ImageCache.DefaultFolder"/> (`.alliances-cache/images` beside the content folder).</summary>
    public string? ImageCacheDirectory { get; init; }

    /// <summary>How many URLs and bytes one sitemap holds before sitemap.xml becomes an index (the protocol's limits; tests pass smaller ones).</summary>
    public Rendering.Sitemap.SitemapLimits SitemapLimits { get; init; } = Rendering.Sitemap.SitemapLimits.Protocol;

    public bool IsPublished(Essay essay) =>
        (IncludeDrafts || !essay.Draft) && (IncludeFuture || essay.Date <= Today);
}
