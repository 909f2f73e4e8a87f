using System.Text;
using Alliances.Site.Scratch;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown;

/// <summary>The plain text of Markdown inlines, as a reader would read it.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        // Every heading and lead-in of every essay: a rented builder, not one per call (one grown by a
        // long text is let go rather than kept).
        var builder = ThreadScratch<StringBuilder>.Rent();
        builder.Clear();
        AppendTo(builder, container);
        var text = builder.ToString();
        if (builder.Capacity <= 4096)
        {
            ThreadScratch<StringBuilder>.Return(builder);
        }

        return text;
    }

    public static string Of(LeafBlock block) => Of(block.Inline);

    /// <summary>Appends the plain text of <paramref name="container"/>, trimmed of white space at both ends.</summary>
    public static void AppendTo(StringBuilder builder, ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }

        var start = builder.Length;
        Append(builder, container);
        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
        var first = start;
        while (first < end && char.IsWhiteSpace(builder[first]))
        {
            first++;
        }

        builder.Remove(start, first - start);
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}
