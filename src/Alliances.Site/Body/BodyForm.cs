namespace Alliances.Site.Body;

/// <summary>The form a body is held in between its parse and its page (see <see cref="MarkdownContent.Form"/>).</summary>
public enum BodyForm
{
    /// <summary>Its syntax tree is kept: topics' and the home page's intros, and essays read with <c>keepTree</c>; rendered from the tree.</summary>
    Tree,

    /// <summary>
    /// Rendered at load, while its parse's tree was alive (<see cref="PrerenderedBody"/>): HTML with a
    /// slot for each link's URL, filled in when the page is rendered. What a build and the preview
    /// hold for almost every essay.
    /// </summary>
    Prerendered,

    /// <summary>
    /// Kept as its text (<see cref="BodyText"/>), parsed again to render: a body that could not be
    /// rendered at load (it loses a link that could run script, which changes the HTML around it).
    /// </summary>
    Text,
}
