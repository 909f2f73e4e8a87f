using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;
using Alliances.Site.Rendering;
using Alliances.Site.Rendering.Search;
using Alliances.Site.Tests.Support;
using Markdig;

namespace Alliances.Site.Tests.Rendering;

/// <summary>
/// A one-off build lets each essay's syntax tree go as soon as it is parsed, links from the links
/// the parse recorded, and renders from the HTML it made at load with the links' URLs put in (or, for
/// a body that loses a link, parses the text again). Both must give exactly what the tree kept and
/// rewritten in place gives (as the incremental builder still does), with the same diagnostics and
/// the same search documents.
/// </summary>
public class ReparseTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static string Essay(string title, string body, string extra = "") =>
        $"---\ntitle: {title}\ndate: 2024-05-01\nsummary: An essay.\ntopics: [intelligence]\n{extra}---\n\n{body}";

    private const string EveryKindOfLink = """
        # [The title links](other.md)

        ## Section One

        See [other](other.md#a-heading), [a draft](draft.md), [missing](othr.md), [outside](../../x.md) and [a file](pic.png).
        In-page: [here](#section-one), [nowhere](#no-such-anchor), a footnote[^1].

        Unsafe: [click](javascript:alert(1)), ![img](javascript:alert(2)), <javascript:alert(3)> and <vbscript:x>.

        Safe: <https://example.org/a>, <editor@example.org>, www.example.org and https://example.org/bare.

        Nested: [![inner *image*](javascript:x)](missing.md) and ![outer [link](other.md) *text*](data:text/html,x).

        By reference: [ref link][r], ![ref image][img] and [good][g].

        **Lead In:** a passage with [a link](other.md#lead-in) and <b>raw html</b>.

        | a | b |
        |---|---|
        | [cell](other.md) | <javascript:y> |

        > quoted [q](javascript:q) and [ok](../topics/intelligence.md)

        - item [li](other.md#nope)
        - [ ] task [t](other.md)

        [^1]: A footnote with [a link](other.md) and [a bad one](javascript:f).

        [r]: other.md#nope
        [img]: javascript:img
        [g]: other.md#lead-in

        """;

    // Targets Markdig escapes in an href (spaces, quotes, ampersands, non-ASCII), titles, references
    // and links inside images, tables, quotes and footnotes: all resolved without removing any link.
    private const string EscapedLinks = """
        ## Über uns

        See [other](<other.md#a-heading>), [spaced](<https://example.org/a b?x=1&y="2">), [accent](https://example.org/é/ü "A \"title\"")
        and [here](#über-uns). Bare: https://example.org/q?a=1&b=<2>, www.example.org/é and <https://example.org/auto?x&y>.

        ![a *picture*](../images/ü.svg "Pic") and [![inner](../images/i.svg)](other.md) and [ref][r] and [Other] [^n].

        | link | more |
        |---|---|
        | [cell](other.md#lead-in) | <editor@example.org> |

        > [quoted](../topics/intelligence.md) and `[code](not-a-link.md)`

        [^n]: A note linking [back](#über-uns).

        [r]: other.md "Ref title"
        [Other]: other.md#a-heading

        """;

    private static TempSite HostileSite() => TempSite.WithFiles(
        ("content/essays/links.md", Essay("Links", EveryKindOfLink)),
        ("content/essays/other.md", Essay("Other", "## A Heading\n\n- **Lead In:** text [back](links.md#section-one)\n")),
        ("content/essays/escaped.md", Essay("Escaped", EscapedLinks)),
        ("content/images/ü.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>"),
        ("content/images/i.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"/>"),
        ("content/essays/draft.md", Essay("Draft", "A draft linking [home](other.md) and [bad](javascript:d).\n", "draft: true\n")),
        ("content/essays/deep-brackets.md", Essay("Deep", "Text [fine](other.md).\n\n" + new string('[', 3_000) + "\n")),
        ("content/essays/deep-tree.md", Essay("Deep tree", "Text [fine](other.md).\n\n" + new string('*', 10_000) + "a" + new string('*', 10_000) + "\n")));

    [Fact]
    public void The_real_essays_render_the_same_from_a_reparse_as_from_the_kept_tree()
    {
        using var site = TempSite.FromRepository();

        var (released, prerendered, kept) = LoadAndLinkAll(site);

        Assert.Equal(kept.Diagnostics, released.Diagnostics);
        Assert.Equal(kept.Diagnostics, prerendered.Diagnostics);
        Assert.DoesNotContain(released.Diagnostics, d => d.IsError);
        AssertSameBodies(released.Content, kept.Content);
        AssertSameBodies(prerendered.Content, kept.Content);
        Assert.All(prerendered.Content.Essays, e => Assert.NotNull(e.Body.Prerendered));
        Assert.All(released.Content.Essays, e => Assert.Contains("<h2 id=\"", Render(e.Body), StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_unsafe_nested_and_too_deep_links_render_and_report_the_same_from_a_reparse()
    {
        using var site = HostileSite();

        var (released, prerendered, kept) = LoadAndLinkAll(site);

        Assert.Equal(kept.Diagnostics, released.Diagnostics);
        Assert.Equal(kept.Diagnostics, prerendered.Diagnostics);
        Assert.Equal(
            ["ALL114", "ALL119", "ALL201", "ALL202", "ALL203", "ALL204", "ALL205", "ALL206"],
            released.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        AssertSameBodies(released.Content, kept.Content);
        AssertSameBodies(prerendered.Content, kept.Content);

        // A body that will lose a link (one that could run script) is parsed again; the rest were rendered at load.
        Assert.Equal(
            ["deep-brackets", "deep-tree", "escaped", "other"],
            prerendered.Content.Essays.Where(e => e.Body.Prerendered is not null).Select(e => e.Slug).Order(StringComparer.Ordinal));
        Assert.All(prerendered.Content.Essays.Where(e => e.Body.Prerendered is null), e => Assert.NotNull(e.Body.ReparseFrom));

        var escaped = Render(prerendered.Content.Essays.Single(e => e.Slug == "escaped").Body);
        Assert.Contains("href=\"https://example.org/a%20b?x=1&amp;y=%222%22\"", escaped, StringComparison.Ordinal);
        Assert.Contains("href=\"#%C3%BCber-uns\"", escaped, StringComparison.Ordinal);
        Assert.Contains("src=\"../../images/%C3%BC.svg\" width=\"20\" height=\"10\" alt=\"a picture\" title=\"Pic\" />", escaped, StringComparison.Ordinal);
        Assert.Contains("href=\"../../topics/intelligence/\"", escaped, StringComparison.Ordinal);

        var links = Render(released.Content.Essays.Single(e => e.Slug == "links").Body);
        Assert.Contains("href=\"../../essays/other/#a-heading\"", links, StringComparison.Ordinal);
        Assert.Contains("href=\"#section-one\"", links, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a\"", links, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:editor@example.org\"", links, StringComparison.Ordinal);
        Assert.Contains("inner image", links, StringComparison.Ordinal);
        Assert.Contains(" javascript:alert(3) and vbscript:x.", links, StringComparison.Ordinal);
        Assert.DoesNotContain("=\"javascript:", links, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("=\"vbscript:", links, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("=\"data:", links, StringComparison.Ordinal);
        Assert.DoesNotContain("The title links", links, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Render(released.Content.Essays.Single(e => e.Slug == "deep-brackets").Body));
    }

    [Fact]
    public void Loading_for_a_one_off_build_holds_no_essay_tree_but_keeps_the_topics_and_home_trees()
    {
        using var site = TempSite.FromRepository();

        var content = ContentLoader.Load(site.Options(), Pipeline, new DiagnosticBag());

        Assert.NotEmpty(content.Essays);
        Assert.All(content.Essays, e => Assert.False(e.Body.HoldsDocument));
        Assert.All(content.Essays, e => Assert.NotNull(e.Body.ReparseFrom));
        Assert.All(content.Essays, e => Assert.NotEqual(0, e.Body.WordCount));
        Assert.All(content.Topics, t => Assert.True(t.Intro.HoldsDocument));
        Assert.All(content.Topics, t => Assert.Null(t.Intro.ReparseFrom));
        Assert.True(content.HomeIntro!.HoldsDocument);
    }

    [Fact]
    public void A_built_site_renders_its_essays_from_bodies_prepared_at_load_and_keeps_no_tree_or_text()
    {
        using var site = TempSite.FromRepository();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.All(result.Site!.Essays, p => Assert.NotNull(p.Essay.Body.Prerendered));
        Assert.All(result.Site.Essays, p => Assert.Null(p.Essay.Body.ReparseFrom));
        Assert.All(result.Site.Essays, p => Assert.False(p.Essay.Body.HoldsDocument));
        Assert.Throws<InvalidOperationException>(() => result.Site.Essays[0].Essay.Body.OpenDocument(Pipeline));
    }

    [Fact]
    public void A_body_without_its_tree_is_parsed_again_at_each_opening_and_never_keeps_one()
    {
        using var site = TempSite.FromRepository();
        var options = site.Options() with { GitDates = false };
        var diagnostics = new DiagnosticBag();
        var linked = SiteLinker.Link(ContentLoader.Load(options, Pipeline, diagnostics), options, diagnostics)!;
        var body = linked.Essays[0].Essay.Body;

        var first = body.OpenDocument(Pipeline);
        var second = body.OpenDocument(Pipeline);

        Assert.NotSame(first, second);
        Assert.False(body.HoldsDocument);
        Assert.Equal(MarkdownHtml.Render(first, Pipeline).Html, MarkdownHtml.Render(second, Pipeline).Html);
    }

    [Fact]
    public void Links_resolved_for_another_tree_are_refused_rather_than_applied_to_the_wrong_links()
    {
        var body = MarkdownParser.Parse("[a](x.md) and [b](y.md)", Pipeline);

        Assert.Throws<ArgumentException>(() => body.ResolveLinks(["../../x/"]));
        var fewer = Markdig.Markdown.Parse("[a](x.md)", Pipeline);
        Assert.Throws<InvalidOperationException>(() => ResolvedLinks.Apply(fewer, ["../../x/", "../../y/"]));
    }

    private sealed record Linked(LoadedContent Content, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// The site loaded and linked three times: essays' trees released and their text kept; trees
    /// released and bodies prerendered at load, as a one-off build does; and with every essay read again
    /// keeping its tree, which the link phase then rewrites in place.
    /// </summary>
    private static (Linked Released, Linked Prerendered, Linked Kept) LoadAndLinkAll(TempSite site)
    {
        var options = site.Options() with { GitDates = false };

        var releasedBag = new DiagnosticBag();
        var released = ContentLoader.Load(options, Pipeline, releasedBag);
        SiteLinker.Link(released, options, releasedBag);

        var preparedBag = new DiagnosticBag();
        var prerenderer = new BodyPrerenderer(Pipeline);
        var prerendered = ContentLoader.Load(options, Pipeline, preparedBag, prerenderer);
        SiteLinker.Link(prerendered, options, preparedBag);

        // A second load, so topics and the home page have trees of their own to rewrite.
        var keptBag = new DiagnosticBag();
        var loaded = ContentLoader.Load(options, Pipeline, keptBag);
        var kept = loaded with
        {
            Essays = [.. loaded.Essays.Select(e => EssayReader.Read(ContentLoader.ReadFile(options, e.Source.RelativePath, new DiagnosticBag())!, Pipeline, new DiagnosticBag(), images: new Alliances.Site.Images.ImageCatalog(options.ContentDirectory)))],
        };
        Assert.All(kept.Essays, e => Assert.True(e.Body.HoldsDocument));
        SiteLinker.Link(kept, options, keptBag);

        return (new Linked(released, releasedBag.Sorted()), new Linked(prerendered, preparedBag.Sorted()), new Linked(kept, keptBag.Sorted()));
    }

    private static void AssertSameBodies(LoadedContent released, LoadedContent kept)
    {
        Assert.Equal(kept.Essays.Select(e => e.Source.RelativePath), released.Essays.Select(e => e.Source.RelativePath));
        foreach (var (r, k) in released.Essays.Zip(kept.Essays))
        {
            Assert.False(r.Body.HoldsDocument);
            Assert.Equal(k.Title, r.Title);
            Assert.Equal(k.Body.WordCount, r.Body.WordCount);
            Assert.Equal(Render(k.Body), Render(r.Body));
            if (r.Body.Prerendered is { } prerendered)
            {
                AssertSameSearchDocument(k, prerendered);
            }
            else
            {
                Assert.Equal(Sections(k.Body), Sections(r.Body));
            }
        }
    }

    /// <summary>The search file and term counts made at load are those the render phase makes from the kept tree.</summary>
    private static void AssertSameSearchDocument(Essay kept, PrerenderedBody prerendered)
    {
        var sections = new SearchSections();
        sections.Collect(kept.Body.OpenDocument(Pipeline), kept.Body.Passages);
        using var scratch = new SearchScratch();
        Assert.Equal(scratch.Json(w => SearchIndexWriter.WriteEssay(w, kept, sections)), prerendered.SearchJson.ToArray());

        var table = new SearchTermTable();
        var counted = SectionTerms.Count(kept.Title, sections, new WorkerTermIds(table), new TermCounts());
        Assert.Equal(Named(counted, table), Named(prerendered.SearchTerms, prerendered.Table));
    }

    /// <summary>Each section's length and its (term, frequency) pairs by term, whatever ids a table gave.</summary>
    private static IEnumerable<(int Length, string Terms)> Named(SectionTerms[] sections, SearchTermTable table)
    {
        var terms = table.Terms();
        return sections.Select(s => (s.Length, string.Join(' ', s.Terms.ToArray().Zip(s.Frequencies.ToArray())
            .Select(p => $"{terms[p.First]}:{p.Second}").Order(StringComparer.Ordinal))));
    }

    /// <summary>The body's HTML as the render phase makes it, whatever its form.</summary>
    private static string Render(MarkdownContent body)
    {
        using var bodies = new BodyRenderer(Pipeline);
        return bodies.Render(body, BodyLabels.English)!.Html;
    }

    /// <summary>The body's search sections as (anchor, heading, text).</summary>
    private static IReadOnlyList<(string Anchor, string Heading, string Text)> Sections(MarkdownContent body)
    {
        var sections = new SearchSections();
        sections.Collect(body.OpenDocument(Pipeline), body.Passages);
        return [.. Enumerable.Range(0, sections.Count).Select(i => (sections.Anchor(i), sections.Heading(i), sections.Text(i).ToString()))];
    }
}
