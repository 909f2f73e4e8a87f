using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering.Feeds;
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

    /// <summary>The most characters a page's templates may write in total (partials counted twice).</summary>
    internal const int MaxPageCharacters = 1 << 30;

    public IReadOnlyList<OutputFile> Render(LinkedSite site, DiagnosticBag diagnostics, int parallelism, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        var bodies = timings.Measure("bodies", () => PrepareBodies(site, parallelism));
        var files = timings.Measure("render", () =>
        {
            var siteModel = SiteModel.Build(site);
            var pages = PlanPages(site, siteModel, bodies);
            var rendered = new OutputFile?[pages.Count];
            var order = RenderOrder(pages);
            Parallel.For(0, pages.Count, Parallelism(parallelism),
                () => CreateContext(),
                (k, _, context) =>
                {
                    var i = order[k];
                    rendered[i] = RenderPage(pages[i], site, siteModel, context, diagnostics);
                    return context;
                },
                _ => { });
            return rendered;
        });

        return [.. files.OfType<OutputFile>().Concat(assets.Files), .. SiteWideFiles(site, bodies, parallelism, timings)];
    }

    /// <summary>
    /// The home and topic pages list every essay and take longest; started first, they run beside the
    /// essay pages instead of being left for one worker at the end. Output order is unchanged.
    /// </summary>
    private static int[] RenderOrder(List<PagePlan> pages) =>
        [.. Enumerable.Range(0, pages.Count).OrderBy(i => pages[i].Kind is "home" or "topic" ? 0 : 1)];

    internal EssayBodies PrepareBodies(LinkedSite site, int parallelism, SearchCache? searchCache = null) =>
        EssayBodies.Prepare(site, pipeline, Parallelism(parallelism), searchCache);

    private static ParallelOptions Parallelism(int parallelism) => new() { MaxDegreeOfParallelism = Math.Max(1, parallelism) };

    /// <summary>Outputs made from the whole site rather than one template: feeds, sitemap, search index.</summary>
    internal static IEnumerable<OutputFile> SiteWideFiles(LinkedSite site, EssayBodies bodies, int parallelism, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        return
        [
            .. timings.Measure("feeds", () => AtomFeedWriter.Write(site, bodies)),
            .. timings.Measure("sitemap", () => SitemapWriter.Write(site)),
            .. timings.Measure("search index", () => SearchIndexWriter.Write(bodies.Search, Parallelism(parallelism))),
        ];
    }

    internal List<PagePlan> PlanPages(LinkedSite site, ScriptObject siteModel, EssayBodies bodies)
    {
        var plans = new List<PagePlan>
        {
            new("index.html", "home.html", "home", site.Config.Title, site.Config.Description, "", "", [],
                m => m["home"] = HomeModel.Build(site, siteModel, pipeline)),
        };
        var home = CommonModels.Link("Home", "");
        foreach (var page in site.Essays)
        {
            var essay = page.Essay;
            plans.Add(new(essay.Path + "index.html", "essay.html", "essay", essay.Title, essay.Summary, essay.Path, "../../", [home],
                m => m["essay"] = EssayModel.Build(page, site, bodies.Html(essay))));
        }

        foreach (var page in site.TopicPages)
        {
            var topic = page.Topic;
            plans.Add(new(topic.Path + "index.html", "topic.html", "topic", topic.Title, topic.Summary, topic.Path, "../../", [home],
                m => m["topic"] = TopicModel.Build(page, pipeline)));
        }

        plans.Add(new("search/index.html", "search.html", "search", "Search", "Search the essays of " + site.Config.Title + ".", "search/", "../", [home], _ => { }));

        // The host serves 404.html for a missing URL at any depth, so its links must be absolute.
        plans.Add(new("404.html", "404.html", "not_found", "Page not found", site.Config.Description, "404.html", site.Config.BasePath, [], _ => { }));
        return plans;
    }

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

    private OutputFile? RenderPage(PagePlan plan, LinkedSite site, ScriptObject siteModel, HtmlTemplateContext context, DiagnosticBag diagnostics) =>
        RenderGlobals(plan, Globals(plan, site, siteModel), context, diagnostics);

    /// <summary>Everything a page's templates see; the incremental builder compares these between builds.</summary>
    internal ScriptObject Globals(PagePlan plan, LinkedSite site, ScriptObject siteModel)
    {
        var globals = new ScriptObject
        {
            ["site"] = siteModel,
            ["root"] = plan.Root,
            ["page"] = new ScriptObject
            {
                ["kind"] = plan.Kind,
                ["title"] = plan.Title,
                ["description"] = plan.Description,
                ["canonical"] = site.Config.AbsoluteUrl(plan.SitePath),
                ["path"] = plan.SitePath,
                ["breadcrumbs"] = CommonModels.Array(plan.Breadcrumbs, b => b),
            },
            ["assets"] = new ScriptObject { ["css"] = assets.CssPath, ["favicon"] = assets.FaviconPath, ["search_js"] = assets.Hashed("assets/search.js") },
            ["include"] = new IncludeFunction(templates),
        };
        plan.AddModel(globals);
        return globals;
    }

    internal OutputFile? RenderGlobals(PagePlan plan, ScriptObject globals, HtmlTemplateContext context, DiagnosticBag diagnostics)
    {
        context.PushGlobal(globals);
        try
        {
            context.RenderInto(templates[plan.Template], context.ContentBuffer);
            globals["content"] = new RenderedContent(context.ContentBuffer);
            context.RenderInto(templates[Layout], context.PageBuffer);
            return new OutputFile(plan.OutputPath, context.Utf8(context.PageBuffer));
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Report(TemplateSet.At(templates.Root + "/" + plan.Template, e.Span), DiagnosticCodes.TemplateError, e.OriginalMessage);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            InternalErrors.Report(templates.Root + "/" + plan.Template, diagnostics, e);
            return null;
        }
        finally
        {
            // The buffers are reused by the next page; nothing may keep a reference into them.
            globals.Remove("content");
            context.PopGlobal();
        }
    }

    internal sealed record PagePlan(
        string OutputPath,
        string Template,
        string Kind,
        string Title,
        string Description,
        string SitePath,
        string Root,
        IReadOnlyList<ScriptObject> Breadcrumbs,
        Action<ScriptObject> AddModel);
}
