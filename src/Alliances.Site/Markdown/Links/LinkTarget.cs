using Alliances.Site.Body;

namespace Alliances.Site.Markdown.Links;

/// <summary>A page a relative Markdown link can point at, keyed by its source path.</summary>
/// <param name="SitePath">Where the page is, as the file system names it (`essays/الأمن/`); a link writes it escaped (<see cref="Text.UrlPath"/>).</param>
public sealed record LinkTarget(string SitePath, MarkdownContent Content, bool Published, string DisplayPath, string Slug)
{
    /// <summary>For a page not <see cref="Published"/> now: the day it will be (a scheduled essay); null if never (a draft).</summary>
    public DateOnly? PublishesOn { get; init; }
}
