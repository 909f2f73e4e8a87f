using System.Text;
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

        var builder = new StringBuilder();
        Append(builder, container);
        return builder.ToString().Trim();
    }

    public static string Of(LeafBlock block) => Of(block.Inline);

    /// <summary>Appends what <see cref="Of(LeafBlock)"/> returns, without making a string of it.</summary>
    public static void AppendTo(StringBuilder builder, LeafBlock block)
    {
        if (block.Inline is null)
        {
            return;
        }

        var start = builder.Length;
        Append(builder, block.Inline);
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
