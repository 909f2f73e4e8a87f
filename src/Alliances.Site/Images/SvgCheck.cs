using System.Globalization;
using System.Xml;

namespace Alliances.Site.Images;

/// <summary>
/// Decides whether an SVG is safe to publish and reads its size. An SVG shown by &lt;img&gt; runs no
/// script, but one opened directly (its own URL) runs it on the site's origin, so the file itself
/// must carry none: no script, event handler, `foreignObject`, reference to another file or host,
/// or animation of a link. Only references inside the file (`#id`) are allowed.
/// </summary>
internal static class SvgCheck
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTD: no entity expansion (billion laughs) and nothing fetched.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = ImageFormats.MaxSvgBytes,
    };

    /// <summary>The SVG's width and height, or the problem (with the SVG's own line) that refuses it.</summary>
    public static (int Width, int Height, string? Problem) Inspect(Stream svg)
    {
        try
        {
            using var reader = XmlReader.Create(svg, Settings);
            var info = (IXmlLineInfo)reader;
            (int Width, int Height)? size = null;
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var element = reader.LocalName;
                if (root)
                {
                    if (element != "svg")
                    {
                        return (0, 0, $"is not an SVG image (its root element is <{element}>)");
                    }

                    size = Size(reader);
                    root = false;
                }

                if (ElementProblem(reader, element) is { } problem)
                {
                    return (0, 0, $"{problem} (line {info.LineNumber} of the SVG)");
                }
            }

            return size is { } s ? (s.Width, s.Height, null)
                : (0, 0, "has no size: give its <svg> element `width` and `height` in pixels, or a `viewBox`");
        }
        catch (XmlException e)
        {
            return (0, 0, $"is not well-formed XML (line {e.LineNumber} of the SVG): {e.Message}");
        }
    }

    private static string? ElementProblem(XmlReader reader, string element)
    {
        if (element.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            return "carries a <script>; remove it (an SVG opened directly runs its script on the site)";
        }

        if (element.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
        {
            return "carries a <foreignObject>, which can hold HTML; remove it";
        }

        var animatesLink = element is "set" or "animate" && (reader.GetAttribute("attributeName")?.Contains("href", StringComparison.OrdinalIgnoreCase) ?? false);
        if (animatesLink)
        {
            return $"animates a link target (<{element} attributeName=\"href\">); remove it";
        }

        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            var name = reader.LocalName;
            var value = reader.Value;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"has an event handler ({reader.Name} on <{element}>); remove it";
            }

            if (name == "href" && !value.TrimStart().StartsWith('#'))
            {
                return $"refers to another file or host ({reader.Name}=\"{Short(value)}\" on <{element}>); embed it or remove the reference";
            }

            if (ExternalUrl(value))
            {
                return $"refers to another file or host (`{Short(value)}` in {reader.Name} on <{element}>); use only `url(#id)`";
            }
        }

        reader.MoveToElement();
        if (element == "style" && !reader.IsEmptyElement)
        {
            var css = reader.ReadElementContentAsString();
            if (ExternalUrl(css) || css.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                return "has a <style> that loads another file or host (url() or @import); use only `url(#id)`";
            }
        }

        return null;
    }

    /// <summary>Whether CSS or an attribute names a url() that is not a fragment of this file.</summary>
    private static bool ExternalUrl(string value)
    {
        for (var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var target = value.AsSpan(at + 4).TrimStart().TrimStart("'\"").TrimStart();
            if (!target.StartsWith("#"))
            {
                return true;
            }
        }

        return false;
    }

    private static (int, int)? Size(XmlReader svg)
    {
        var width = Pixels(svg.GetAttribute("width"));
        var height = Pixels(svg.GetAttribute("height"));
        if (width is > 0 && height is > 0)
        {
            return (width.Value, height.Value);
        }

        var box = svg.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (box is [_, _, var w, var h] && Number(w) is { } bw && Number(h) is { } bh)
        {
            return width is > 0 ? (width.Value, Math.Max(1, (int)Math.Round(width.Value * bh / bw)))
                : height is > 0 ? (Math.Max(1, (int)Math.Round(height.Value * bw / bh)), height.Value)
                : (Math.Max(1, (int)Math.Round(bw)), Math.Max(1, (int)Math.Round(bh)));
        }

        return null;
    }

    private static int? Pixels(string? value)
    {
        var text = value?.Trim();
        if (text is null || text.EndsWith('%'))
        {
            return null;
        }

        return Number(text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : text) is { } n ? (int)Math.Round(n) : null;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && n is > 0 and < 1e6 ? n : null;

    private static string Short(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
