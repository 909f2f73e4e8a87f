using Alliances.Site.Model;

namespace Alliances.Site.Loading;

/// <summary>Everything read from content/, checked file by file but not yet linked.</summary>
public sealed record LoadedContent(
    SiteConfig? Config,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Essay> Essays,
    MarkdownContent? HomeIntro,
    ContentFile? HomeIntroSource);
