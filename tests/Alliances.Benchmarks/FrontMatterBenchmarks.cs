using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Loading.Yaml;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using BenchmarkDotNet.Attributes;
using Markdig;

namespace Alliances.Benchmarks;

/// <summary>Reading one essay: its front-matter alone, and the whole file (front-matter, Markdown, anchors).</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private ContentFile _file = null!;
    private string _yaml = null!;
    private MarkdownPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _file = Inputs.LongestEssay();
        _yaml = Inputs.Split(_file).Yaml!;
        _pipeline = MarkdownPipelineFactory.Create();
    }

    [Benchmark]
    public YamlMapping? ParseFrontMatter() => YamlReader.ReadMapping(_yaml, _file.DisplayPath, 2, new DiagnosticBag());

    [Benchmark]
    public Essay ReadEssay() => EssayReader.Read(_file, _pipeline, new DiagnosticBag());
}
