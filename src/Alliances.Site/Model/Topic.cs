using Alliances.Site.Body;
namespace Alliances.Site.Model;

public sealed record Topic(
    string Slug,
    string Title,
    string Summary,
    int Order,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Keywords,
    ContentFile Source,
    MarkdownContent Intro)
{
    public string Slug { get; init { field = value; Path = $"topics/{Text.UrlPath.Escape(value)}/"; } } = Slug;

    /// <summary>Where the topic's page is published, as an address writes it (see <see cref="Essay.Path"/>).</summary>
    public string Path { get; private init; } = $"topics/{Text.UrlPath.Escape(Slug)}/";

    /// <summary>The folder its page is written to, in the output (see <see cref="Essay.Folder"/>).</summary>
    public string Folder => $"topics/{Slug}/";
}
