using System.Diagnostics;
using Alliances.Site.Diagnostics;
using Alliances.Site.Images;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Output;
using Alliances.Site.Rendering;

namespace Alliances.Site;

/// <summary>
/// Runs the pipeline: load, link, render, write. Each phase collects its problems into one bag;
/// pages are rendered straight into a staging folder, which replaces the output only if every phase
/// succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site and replaces the output folder with it.</summary>
    public static BuildResult Build(BuildOptions options) => Run(options, write: true);

    /// <summary>Does everything a build does except writing.</summary>
    public static BuildResult Check(BuildOptions options) => Run(options, write: false);

    private static BuildResult Run(BuildOptions options, bool write)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timings = new PhaseTimings();
        try
        {
            return Run(options, write, diagnostics, timings, clock);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The catch-all: whatever a phase did not expect is an ALL999 error, and nothing is written.
            InternalErrors.Report(options.ContentDirectory, diagnostics, e);
            return Finish(diagnostics, null, [], null, timings, clock);
        }
    }

    private static BuildResult Run(BuildOptions options, bool write, DiagnosticBag diagnostics, PhaseTimings timings, Stopwatch clock)
    {
        if (write && !OutputGuard.IsSafe(options, diagnostics))
        {
            return Finish(diagnostics, null, [], null, timings, clock);
        }

        var pipeline = MarkdownPipelineFactory.Create();
        var templates = timings.Measure("templates", () => TemplateSet.Load(options.TemplatesDirectory, diagnostics));
        var assets = timings.Measure("assets", () => AssetSet.Load(options.TemplatesDirectory, diagnostics));
        var prerenderer = new BodyPrerenderer(pipeline) { Strings = templates?.Strings };
        var content = timings.Measure("load", () => ContentLoader.Load(options, pipeline, diagnostics, prerenderer));
        var site = timings.Measure("link", () => SiteLinker.Link(content, options, diagnostics));
        if (site is null || templates is null || diagnostics.HasErrors)
        {
            return Finish(diagnostics, site, [], null, timings, clock);
        }

        // A build writes each page into the staging folder as soon as it is rendered; a check keeps them.
        OutputSink? sink = write ? SiteWriter.Begin(options.OutputDirectory, diagnostics) : new MemorySink();
        if (sink is null)
        {
            return Finish(diagnostics, site, [], null, timings, clock);
        }

        var images = new ImageCache(options.ImageCacheDirectory ?? ImageCache.DefaultFolder(options.ContentDirectory));
        new SiteRenderer(templates, assets, pipeline) { Images = new(options.ContentDirectory, images), SitemapLimits = options.SitemapLimits }.Render(site, diagnostics, options.MaxParallelism, sink, timings);
        timings.Images = (images.Encoded, images.Reused);
        timings.Cards = (images.CardsDrawn, images.CardsReused);
        var files = sink is MemorySink memory ? memory.Files() : [];
        if (sink is not StagedSite staged)
        {
            return Finish(diagnostics, site, files, null, timings, clock, sink.Paths());
        }

        if (diagnostics.HasErrors)
        {
            staged.Abandon();
            return Finish(diagnostics, site, files, null, timings, clock, sink.Paths());
        }

        var written = timings.Measure("write", () => staged.Commit(diagnostics));
        return Finish(diagnostics, site, files, written, timings, clock, sink.Paths()) with { OutputDirectory = written is null ? null : options.OutputDirectory };
    }

    private static BuildResult Finish(
        DiagnosticBag diagnostics, Model.LinkedSite? site, IReadOnlyList<OutputFile> files, WriteStats? written, PhaseTimings timings, Stopwatch clock, IReadOnlyList<string>? paths = null) =>
        new(diagnostics.Sorted(), site, files, written, clock.Elapsed) { Timings = timings.Phases, Paths = paths ?? [], ImagesEncoded = timings.Images.Encoded, ImagesReused = timings.Images.Reused, CardsDrawn = timings.Cards.Drawn, CardsReused = timings.Cards.Reused };
}
