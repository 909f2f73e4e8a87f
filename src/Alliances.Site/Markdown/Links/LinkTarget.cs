using Alliances.Site.Body;

namespace Alliances.Site.Markdown.Links;

/// <summary>A page a relative Markdown link can point at, keyed by its source path.</summary>
public sealed record LinkTarget(string SitePath, MarkdownContent Content, bool Published, string DisplayPath, string Slug)
{
    /// <summary>For a page not <see cref="Published"/> now: the day it will be (a scheduled essay); null if never (a draft).</summary>
    public DateOnly? PublishesOn { get; init; }
}
