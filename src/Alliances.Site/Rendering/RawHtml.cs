namespace Alliances.Site.Rendering;

/// <summary>HTML the generator produced itself (rendered Markdown, template output): written without escaping.</summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
