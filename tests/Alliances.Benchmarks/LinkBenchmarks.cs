using Alliances.Site;
using Alliances.Site.Diagnostics;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using BenchmarkDotNet.Attributes;
using Markdig;

namespace Alliances.Benchmarks;

/// <summary>
/// The link phase over a 1,000-essay corpus: topics, passages, every Markdown link resolved on the
/// syntax tree, related essays and previous/next. Linking rewrites the trees, so each iteration
/// links freshly loaded content.
/// </summary>
[MemoryDiagnoser]
public class LinkBenchmarks
{
    private BuildOptions _options = null!;
    private MarkdownPipeline _pipeline = null!;
    private LoadedContent _content = null!;

    [Params(1000)]
    public int Essays { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _options = new BuildOptions { ContentDirectory = Inputs.Corpus(Essays), TemplatesDirectory = Inputs.Templates, Today = new DateOnly(2030, 1, 1) };
        _pipeline = MarkdownPipelineFactory.Create();
    }

    [IterationSetup]
    public void Load() => _content = ContentLoader.Load(_options, _pipeline, new DiagnosticBag());

    [Benchmark]
    public LinkedSite? LinkCorpus() => SiteLinker.Link(_content, _options, new DiagnosticBag());
}
