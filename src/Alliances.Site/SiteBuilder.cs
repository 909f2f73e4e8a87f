using System.Diagnostics;
using Alliances.Site.Diagnostics;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Output;
using Alliances.Site.Rendering;

namespace Alliances.Site;

/// <summary>
/// Runs the pipeline: load, link, render, write. Each phase collects its problems into one bag;
/// nothing is written unless every phase succeeded.
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
        var content = timings.Measure("load", () => ContentLoader.Load(options, pipeline, diagnostics));
        var site = timings.Measure("link", () => SiteLinker.Link(content, options, diagnostics));
        if (site is null || templates is null || diagnostics.HasErrors)
        {
            return Finish(diagnostics, site, [], null, timings, clock);
        }

        var renderer = new SiteRenderer(templates, assets, pipeline);
        var files = renderer.Render(site, diagnostics, options.MaxParallelism, timings);
        if (diagnostics.HasErrors || !write)
        {
            return Finish(diagnostics, site, files, null, timings, clock);
        }

        var written = timings.Measure("write", () => SiteWriter.Write(options.OutputDirectory, files, diagnostics));
        return Finish(diagnostics, site, files, written, timings, clock);
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, Model.LinkedSite? site, IReadOnlyList<OutputFile> files, WriteStats? written, PhaseTimings timings, Stopwatch clock) =>
        new(diagnostics.Sorted(), site, files, written, clock.Elapsed) { Timings = timings.Phases };
}
