using System.Globalization;
using Markdig.Syntax;

namespace Alliances.Site.Markdown;

/// <summary>
/// The few words a rendered body writes itself, in the essay's language: the heading over the notes,
/// the accessible names of a note reference ("Note 1": its visible "1" alone says nothing) and of a
/// back-link ("Back to reference 1": its visible arrow even less), and the name of a table's
/// scrolling region. The pipeline is shared by every essay, so the labels travel with the document
/// (<see cref="AttachTo"/>) rather than with the renderers; a document without them gets English.
/// </summary>
public sealed class BodyLabels(string notes, Func<int, string> noteReference, Func<int, string> backToReference, string scrollingTable)
{
    private static readonly object Key = typeof(BodyLabels);

    public static BodyLabels English { get; } = new("Notes",
        n => "Note " + n.ToString(CultureInfo.InvariantCulture),
        n => "Back to reference " + n.ToString(CultureInfo.InvariantCulture),
        "Table (scrolls sideways)");

    public string Notes => notes;

    public string ScrollingTable => scrollingTable;

    public string NoteReference(int number) => noteReference(number);

    public string BackToReference(int number) => backToReference(number);

    /// <summary>Has <paramref name="document"/> rendered with these labels.</summary>
    public MarkdownDocument AttachTo(MarkdownDocument document)
    {
        document.SetData(Key, this);
        return document;
    }

    /// <summary>The labels of the document <paramref name="block"/> belongs to.</summary>
    public static BodyLabels Of(Block block)
    {
        while (block.Parent is { } parent)
        {
            block = parent;
        }

        return block.GetData(Key) as BodyLabels ?? English;
    }
}
