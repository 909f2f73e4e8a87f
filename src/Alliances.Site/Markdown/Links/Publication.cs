namespace Alliances.Site.Markdown.Links;

/// <summary>
/// When a page with links is published, which decides what it may link to: a page published now
/// may link only to pages published now; a scheduled essay is checked as of its own date, so a link
/// that would break on that day (to a draft, or to an essay dated later) is an error today, not a
/// failed scheduled build then; a page that is never published (a draft) may link to anything.
/// </summary>
/// <param name="Now">The page is published by this run.</param>
/// <param name="On">The day a scheduled page will be published; null for a page published now or never.</param>
public readonly record struct Publication(bool Now, DateOnly? On)
{
    public static readonly Publication Published = new(true, null);

    public static readonly Publication Never = new(false, null);

    public static Publication Scheduled(DateOnly date) => new(false, date);

    /// <summary>Whether <paramref name="target"/> is on the site whenever this page is.</summary>
    public bool Allows(LinkTarget target) =>
        target.Published
        || (!Now && On is null)
        || (On is { } day && target.PublishesOn is { } then && then <= day);
}
