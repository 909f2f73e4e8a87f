using Alliances.Site;
using Alliances.Site.Diagnostics;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering;
using BenchmarkDotNet.Attributes;

namespace Alliances.Benchmarks;

/// <summary>
/// Rendering the real site's pages through Scriban on one thread (view models, templates, layout,
/// UTF-8): its 9 pages, of which 3 are essays (the rest: home, four topics, 404).
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private SiteRenderer _renderer = null!;
    private LinkedSite _site = null!;
    [GlobalSetup]
    public void Setup()
    {
        var options = new BuildOptions { ContentDirectory = Inputs.Content, TemplatesDirectory = Inputs.Templates, Today = new DateOnly(2030, 1, 1) };
        var diagnostics = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Create();
        var templates = TemplateSet.Load(options.TemplatesDirectory, diagnostics)!;
        _site = SiteLinker.Link(ContentLoader.Load(options, pipeline, diagnostics), options, diagnostics)!;
        _renderer = new SiteRenderer(templates, AssetSet.Load(options.TemplatesDirectory), pipeline);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the real site has errors: " + string.Join('\n', diagnostics.Sorted()));
        }
    }

    [Benchmark]
    public IReadOnlyList<OutputFile> RenderAllPagesOneThread()
    {
        var sink = new MemorySink();
        _renderer.Render(_site, new DiagnosticBag(), 1, sink);
        return sink.Files();
    }
}
