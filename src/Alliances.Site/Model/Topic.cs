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
    public string Path => $"topics/{Slug}/";
}
