using Alliances.Site.Body;
using Alliances.Site.Markdown;
using Alliances.Site.Rendering;
using BenchmarkDotNet.Attributes;
using Markdig;

namespace Alliances.Benchmarks;

/// <summary>One essay's body: parsed (with anchors and word count), and rendered to HTML.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private string _body = null!;
    private MarkdownPipeline _pipeline = null!;
    private MarkdownContent _parsed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = Inputs.Split(Inputs.LongestEssay()).Body;
        _pipeline = MarkdownPipelineFactory.Create();
        _parsed = MarkdownParser.Parse(_body, _pipeline);
    }

    [Benchmark]
    public MarkdownContent Parse() => MarkdownParser.Parse(_body, _pipeline);

    [Benchmark]
    public RawHtml Render() => MarkdownHtml.Render(_parsed.OpenDocument(_pipeline), _pipeline);
}
