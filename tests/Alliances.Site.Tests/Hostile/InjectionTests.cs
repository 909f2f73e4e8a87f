using System.Text.Json;
using System.Xml.Linq;
using Alliances.Site.Tests.Support;
using AngleSharp.Html.Parser;

namespace Alliances.Site.Tests.Hostile;

/// <summary>
/// Front-matter and link targets written to inject markup or script must come out as text in
/// every file of the build. The test walks all generated files (HTML with AngleSharp, XML and JSON
/// with their parsers), so feeds, JSON-LD, search indexes and OpenGraph tags are covered as they land.
/// </summary>
public class InjectionTests
{
    private const string EvilTitle = "</title><script>alert(1)</script>";
    private const string EvilSummary = "\" onmouseover=\"x";

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    private static TempSite BuildHostileSite(out BuildResult result)
    {
        var site = TempSite.WithFiles(
            ("content/essays/evil.md",
                "---\ntitle: \"" + EvilTitle + "\"\ndate: 2024-05-01\nsummary: '" + EvilSummary + "'\ntopics: [diplomacy]\nauthors: [\"<img src=x onerror=alert(2)>\"]\n---\n\n"
                + "## <b>Heading</b> & \"quotes\"\n\n"
                + "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](javascript&#58;alert(1)) [d](vbscript:msgbox(1))\n\n"
                + "![e](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [f](java\tscript:alert(1)) <javascript:alert(1)>\n\n"
                + "[g](%6Aavascript:alert(1)) [ok](https://example.org/?q=\"><script>)\n"),
            ("content/essays/plain.md", "---\ntitle: Plain\ndate: 2024-05-02\nsummary: Links to [evil](evil.md).\ntopics: [diplomacy]\n---\n\nSee [the evil one](evil.md).\n"));
        result = site.Build();
        return site;
    }

    [Fact]
    public void Script_link_targets_are_removed_with_a_warning_each()
    {
        using var site = BuildHostileSite(out var result);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // `java\tscript:` is no link at all (a tab ends a destination), so it stays text; `%6Aavascript:`
        // is an unknown scheme and removed like the rest.
        var unsafeUrls = result.Diagnostics.Where(d => d.Code == "ALL203").Select(d => $"{d.Line}:{d.Column}").ToArray();
        Assert.Equal(["11:1", "11:26", "11:51", "11:80", "13:1", "13:92", "15:1"], unsafeUrls);
        Assert.Contains(result.Diagnostics, d => d.Code == "ALL204" && (d.Line, d.Column) == (9, 4));
    }

    [Fact]
    public void Hostile_front_matter_and_links_come_out_as_text_in_every_generated_file()
    {
        using var site = BuildHostileSite(out var result);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var sawTitleAsText = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            switch (Path.GetExtension(file))
            {
                case ".html":
                    sawTitleAsText += CheckHtml(file, text);
                    break;
                case ".xml" or ".rss" or ".atom":
                    CheckXml(file, text);
                    break;
                case ".json" or ".webmanifest":
                    CheckJson(file, JsonDocument.Parse(text).RootElement);
                    break;
            }
        }

        // The essay page, the home list and the topic list all show the title, as text.
        Assert.True(sawTitleAsText >= 3, $"the hostile title appeared as text in only {sawTitleAsText} pages");
    }

    private static int CheckHtml(string file, string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: event attribute {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "content")
                {
                    var squeezed = new string([.. attribute.Value.Where(c => c > ' ')]);
                    Assert.DoesNotContain(DangerousSchemes, s => squeezed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
                }
            }

            if (element.LocalName == "script" && element.GetAttribute("src") is { } src)
            {
                // The site's own deferred search script: a local asset, with no inline code.
                Assert.Matches(@"^(\.\./)*assets/[a-z0-9.-]+\.js(\?v=[0-9a-f]+)?$", src);
                Assert.Equal(string.Empty, element.TextContent.Trim());
            }
            else if (element.LocalName == "script")
            {
                // Only data scripts (JSON-LD) may exist, and they must parse as JSON without the payload as markup.
                Assert.Equal("application/ld+json", element.GetAttribute("type"));
                CheckJson(file, JsonDocument.Parse(element.TextContent).RootElement);
            }
        }

        Assert.Empty(document.QuerySelectorAll("img[onerror], b"));
        var shown = (document.Title ?? string.Empty) + document.Body?.TextContent;
        return shown.Contains(EvilTitle, StringComparison.Ordinal) ? 1 : 0;
    }

    private static void CheckXml(string file, string text)
    {
        var document = XDocument.Parse(text);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "img");
        foreach (var attribute in document.Descendants().SelectMany(e => e.Attributes()))
        {
            Assert.DoesNotContain(DangerousSchemes, s => attribute.Value.TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase));
        }

        // Feeds carry HTML as text (escaped or CDATA) in elements marked type="html", which readers
        // render: parse those as HTML too. Atom's default type="text" is shown as text, never parsed.
        foreach (var node in document.DescendantNodes().OfType<XText>().Where(t => t.Value.Contains('<', StringComparison.Ordinal)
            && (string?)t.Parent?.Attribute("type") is "html" or "xhtml"))
        {
            var fragment = new HtmlParser().ParseDocument("<body>" + node.Value);
            Assert.Empty(fragment.QuerySelectorAll("script, img[onerror], b"));
            Assert.DoesNotContain(fragment.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }

        Assert.True(file.Length > 0);
    }

    private static void CheckJson(string file, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CheckJson(file, property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CheckJson(file, item);
                }

                break;
            case JsonValueKind.String:
                var value = element.GetString()!;
                Assert.DoesNotContain(DangerousSchemes, s => value.TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase));
                break;
        }
    }
}
