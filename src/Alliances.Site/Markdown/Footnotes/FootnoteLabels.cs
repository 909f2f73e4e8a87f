namespace Alliances.Site.Markdown.Footnotes;

/// <summary>
/// The words footnotes are written with: the heading over them, the accessible name of a reference
/// ("Note 1", its visible text being "1") and of a back-link ("Back to reference 1", its visible
/// text an arrow). English until the interface strings are per language.
/// </summary>
public sealed record FootnoteLabels(string Heading, string ReferenceFormat, string BackLinkFormat)
{
    public static FootnoteLabels English { get; } = new("Notes", "Note {0}", "Back to reference {0}");
}
