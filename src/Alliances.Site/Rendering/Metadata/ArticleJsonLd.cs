using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alliances.Site.Images;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Feeds;
using Alliances.Site.Scratch;

namespace Alliances.Site.Rendering.Metadata;

/// <summary>
/// The schema.org <c>Article</c> of an essay page as JSON-LD, written with Utf8JsonWriter (no
/// reflection, AOT-safe). The default encoder escapes &lt; &gt; &amp; and quotes as \uXXXX, so text from
/// front-matter can never close the surrounding &lt;script&gt; element.
/// </summary>
public static class ArticleJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static RawHtml For(Essay essay, SiteConfig config)
    {
        // Every essay page writes one: a rented buffer and writer, not new ones per page.
        var json = ThreadScratch<JsonBuffer>.Rent();
        var (buffer, w) = (json.Buffer, json.Writer);
        buffer.ResetWrittenCount();
        w.Reset(buffer);
        var url = config.AbsoluteUrl(essay.Path);
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "Article");
        w.WriteString("headline", essay.Title);
        w.WriteString("description", essay.Summary);
        w.WriteString("url", url);
        w.WriteString("mainEntityOfPage", url);
        if (SocialImage.For(essay, config) is { } image)
        {
            w.WriteString("image", image.Url);
        }

        w.WriteString("datePublished", AtomFeedWriter.Rfc3339(essay.Date));
        w.WriteString("dateModified", AtomFeedWriter.Rfc3339(essay.Updated is { } u && u > essay.Date ? u : essay.Date));
        w.WriteString("inLanguage", essay.LanguageOr(config.Language));
        w.WriteNumber("wordCount", essay.Body.WordCount);
        w.WriteStartArray("author");
        foreach (var name in essay.Authors.DefaultIfEmpty(config.Title))
        {
            w.WriteStartObject();
            w.WriteString("@type", essay.Authors.Count > 0 ? "Person" : "Organization");
            w.WriteString("name", name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("isPartOf");
        w.WriteString("@type", "WebSite");
        w.WriteString("name", config.Title);
        w.WriteString("url", config.BaseUrl.AbsoluteUri);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();

        var html = new RawHtml(Encoding.UTF8.GetString(buffer.WrittenSpan));
        ThreadScratch<JsonBuffer>.Return(json);
        return html;
    }

    private sealed class JsonBuffer
    {
        public JsonBuffer() => Writer = new Utf8JsonWriter(Buffer, Options);

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Writer { get; }
    }
}
