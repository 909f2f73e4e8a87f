using Alliances.Site.Body;
using Alliances.Site.Model;

namespace Alliances.Site.Loading;

/// <summary>Everything read from content/, checked file by file but not yet linked.</summary>
public sealed record LoadedContent(
    SiteConfig? Config,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Essay> Essays,
    MarkdownContent? HomeIntro,
    ContentFile? HomeIntroSource)
{
    /// <summary>Every file under content/ (see <see cref="ContentFiles.List"/>); empty: not listed, nothing is reported unused.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The topic and essay files the load phase read or tried to read (content-relative), loaded or not.</summary>
    public IReadOnlyList<string> PageFiles { get; init; } = [];
}
