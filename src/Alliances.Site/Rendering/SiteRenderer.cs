using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Images.Cards;
using Alliances.Site.Incremental;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering.Feeds;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.Search;
using Alliances.Site.Rendering.Sitemap;
using Alliances.Site.Rendering.ViewModels;
using Markdig;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Alliances.Site.Rendering;

/// <summary>
/// The render phase: every page through its template and the base layout, in parallel, each worker
/// with its own Scriban context. The result is in a fixed order whatever the parallelism.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates, AssetSet assets, MarkdownPipeline pipeline)
{
    internal const string Layout = "layouts/base.html";

    /// <summary>When sitemap.xml becomes an index of numbered sitemaps (see <see cref="BuildOptions.SitemapLimits"/>).</summary>
    public SitemapLimits SitemapLimits { get; init; } = SitemapLimits.Protocol;

    /// <summary>The most characters a page's templates may write in total (partials counted twice).</summary>
    internal const int MaxPageCharacters = 1 << 30;

    /// <summary>Where the essays' images come from and their resized copies are cached; without it no image is written.</summary>
    public SiteImageSource? Images { get; init; }

    /// <summary>
    /// Renders every page into <paramref name="sink"/> as soon as it is made. Each essay's body is
    /// rendered by the worker that builds its page, into that worker's buffers, and its search
    /// document collected there too; only the few bodies the feeds show are kept.
    /// </summary>
    public void Render(LinkedSite site, DiagnosticBag diagnostics, int parallelism, OutputSink sink, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        var siteWide = RenderPages(site, diagnostics, parallelism, sink, timings, cache: null);
        siteWide(timings, sink);
        WriteImages(site, diagnostics, parallelism, sink, timings);
    }

    /// <summary>
    /// Renders every page (and copies the assets) into <paramref name="sink"/>, and returns how to make
    /// the files made from the whole site (feeds, sitemap, search index) from what the pages collected,
    /// into a sink: a build makes them at once, into its own, the preview after its pages are served.
    /// </summary>
    /// <param name="cache">A preview's pages from earlier builds, reused when their inputs are unchanged; null in a one-off build.</param>
    internal Action<PhaseTimings, OutputSink> RenderPages(LinkedSite site, DiagnosticBag diagnostics, int parallelism, OutputSink sink, PhaseTimings timings, PageCache? cache)
    {
        sink.AddRange(assets.Files);
        var search = new SearchDocuments(site.Essays.Count, table: PrerenderedTable(site));
        var shownInFeeds = AtomFeedWriter.Shown(site);
        var feedBodies = new Dictionary<Essay, string>(ReferenceEqualityComparer.Instance);
        timings.Measure("render", () =>
        {
            var siteModel = SiteModel.Build(site);
            var pages = PlanPages(site, siteModel, diagnostics);
            cache?.Begin(siteModel, site.Config, assets, templates);
            var order = RenderOrder(pages);
            Parallel.For(0, pages.Count, Parallelism(parallelism),
                () => new RenderWorker(pipeline),
                (k, _, worker) =>
                {
                    var plan = pages[order[k]];
                    var unchanged = cache is not null && cache.TryReuseUnchanged(plan, worker.Inputs, sink);
                    var shown = plan.Essay is { } page && shownInFeeds.Contains(page.Essay);
                    var body = plan.Body is { } markdown
                        ? worker.Bodies.Render(markdown, templates.Strings.For(plan.Language).BodyLabels, SearchEntryOf(plan, search), html: !unchanged || shown)
                        : null;
                    if (shown)
                    {
                        lock (feedBodies)
                        {
                            feedBodies[plan.Essay!.Essay] = body!.Html;
                        }
                    }

                    if (!unchanged)
                    {
                        RenderPage(plan, Globals(plan, site, siteModel, body), worker, diagnostics, sink, cache);
                    }

                    return worker;
                },
                worker => worker.Dispose());
            cache?.End(!diagnostics.HasErrors);
        });

        var sitemapLimits = SitemapLimits;
        return (t, into) => SiteWideFiles(site, essay => feedBodies[essay], search, parallelism, sitemapLimits, t, into);
    }

    /// <summary>The essays' images and their resized copies, when the renderer has <see cref="Images"/>.</summary>
    internal void WriteImages(LinkedSite site, DiagnosticBag diagnostics, int parallelism, OutputSink sink, PhaseTimings timings)
    {
        if (Images is { } images)
        {
            timings.Measure("images", () => SiteImages.Write(site.Essays.Select(p => p.Essay), images.ContentDirectory, images.Cache, sink, diagnostics, parallelism));
            timings.Measure("cards", () => WriteCards(site, images.Cache, sink, parallelism));
        }
    }

    /// <summary>The essays' social cards (see <see cref="SocialCards"/>), in the stylesheet's colours, dated as their pages are.</summary>
    private void WriteCards(LinkedSite site, ImageCache cache, OutputSink sink, int parallelism) =>
        SocialCards.Write(site, CardPalette.FromCss(assets.Files.FirstOrDefault(f => f.Path == "assets/style.css")?.Content), language => templates.Strings.For(language), cache, sink, parallelism);

    /// <summary>Renders one page into the sink, unless the cache holds the same page.</summary>
    private void RenderPage(PagePlan plan, ScriptObject globals, RenderWorker worker, DiagnosticBag diagnostics, OutputSink sink, PageCache? cache)
    {
        var keyed = false;
        if (cache is not null && cache.TryReuseSameModel(plan, globals, worker.Keys, worker.Inputs, sink, out keyed))
        {
            return;
        }

        if (RunTemplates(plan, globals, worker.Context, diagnostics))
        {
            if (cache is null)
            {
                sink.Add(plan.OutputPath, worker.Context.PageUtf8());
            }
            else
            {
                cache.Store(plan, worker.Context.PageUtf8(), worker.Keys, worker.Inputs, keyed, sink);
            }
        }
    }

    /// <summary>Where an essay page's search document goes; other pages have none.</summary>
    private static SearchEntry? SearchEntryOf(PagePlan plan, SearchDocuments search) =>
        plan.Essay is { } page ? new SearchEntry(search, plan.EssayNumber, page.Essay) : null;

    /// <summary>The term table the load phase counted prepared bodies with; the rest are counted with it too.</summary>
    private static SearchTermTable? PrerenderedTable(LinkedSite site) =>
        site.Essays.Select(p => p.Essay.Body.Prerendered?.Table).FirstOrDefault(t => t is not null);

    /// <summary>
    /// The home and topic pages list every essay and take longest; started first, they run beside the
    /// essay pages instead of being left for one worker at the end. Output order is unchanged.
    /// </summary>
    private static int[] RenderOrder(List<PagePlan> pages) =>
        [.. Enumerable.Range(0, pages.Count).OrderBy(i => pages[i].Kind.ListsEveryEssay() ? 0 : 1)];

    private static ParallelOptions Parallelism(int parallelism) => new() { MaxDegreeOfParallelism = Math.Max(1, parallelism) };

    /// <summary>Outputs made from the whole site rather than one template: feeds, sitemap, search index.</summary>
    private static void SiteWideFiles(LinkedSite site, Func<Essay, string> feedBody, SearchDocuments search, int parallelism, SitemapLimits sitemapLimits, PhaseTimings timings, OutputSink sink)
    {
        sink.AddRange(timings.Measure("feeds", () => AtomFeedWriter.Write(site, feedBody)));
        sink.AddRange(timings.Measure("sitemap", () => SitemapWriter.Write(site, sitemapLimits)));
        timings.Measure("search index", () => SearchIndexWriter.Write(search, site.Config.SearchVariants, Parallelism(parallelism), sink));
    }

    /// <summary>Every page of the site, in output order (see <see cref="PagePlanner"/>).</summary>
    internal List<PagePlan> PlanPages(LinkedSite site, SiteModel siteModel, DiagnosticBag? diagnostics = null) =>
        new PagePlanner(templates).Plan(site, siteModel, diagnostics);

    internal static HtmlTemplateContext CreateContext()
    {
        var context = new HtmlTemplateContext
        {
            StrictVariables = true,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            EnableRelaxedMemberAccess = false,

            // Scriban's default caps a page's cumulative output (a partial's text counts once when
            // rendered and again when its result is written) at LimitToString, 1 Mi characters, and
            // silently truncates: the home page of 1,000 essays lost its last 105. A page may be as
            // large as its lists; if one ever reaches this cap it is a reported template error.
            OutputLimit = MaxPageCharacters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        return context;
    }

    /// <summary>Everything a page's templates see; the incremental builder compares these between builds.</summary>
    /// <param name="body">The HTML of the page's <see cref="PagePlan.Body"/>, if it has one.</param>
    internal ScriptObject Globals(PagePlan plan, LinkedSite site, SiteModel siteModel, RawHtml? body)
    {
        var strings = templates.Strings.For(plan.Language);
        var globals = new ScriptObject(9)
        {
            ["site"] = siteModel,
            ["root"] = plan.Root,
            ["page"] = PageModel.For(plan, site.Config, strings),
            ["assets"] = AssetPaths.For(assets),
            ["include"] = new IncludeFunction(templates),
            ["t"] = strings.Function,
            ["t_json"] = strings.ScriptFunction,
        };
        plan.AddModel(globals, body);
        return globals;
    }

    /// <summary>
    /// Runs the page's template, then the layout around it, into the context's
    /// <see cref="HtmlTemplateContext.PageBuffer"/>; false (reported) on a template error.
    /// </summary>
    private bool RunTemplates(PagePlan plan, ScriptObject globals, HtmlTemplateContext context, DiagnosticBag diagnostics)
    {
        context.PushGlobal(globals);
        try
        {
            context.RenderInto(templates[plan.Template], context.ContentBuffer);
            globals["content"] = new RenderedContent(context.ContentBuffer, context.ContentSplices);
            context.RenderInto(templates[Layout], context.PageBuffer);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Report(TemplateSet.At(templates.Root + "/" + plan.Template, e.Span), DiagnosticCodes.TemplateError, e.OriginalMessage);
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            InternalErrors.Report(templates.Root + "/" + plan.Template, diagnostics, e);
            return false;
        }
        finally
        {
            // The buffers are reused by the next page; nothing may keep a reference into them.
            globals.Remove("content");
            context.PopGlobal();
        }
    }
}
