using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Markdown.Anchors;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Markdown.Safety;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Tests.Scratch;

public class AllocProbe
{
    [Fact]
    public void Probe()
    {
        if (Environment.GetEnvironmentVariable("ALLOC_PROBE") is not { } dir) return;
        var pipeline = MarkdownPipelineFactory.Create();
        var options = new BuildOptions { ContentDirectory = dir, OutputDirectory = "/tmp/x", TemplatesDirectory = "/work/main/templates" };
        var files = ContentLoader.MarkdownFiles(options, "essays", new DiagnosticBag());
        var m = new long[10];
        long B() => GC.GetAllocatedBytesForCurrentThread();
        foreach (var f in files)
        {
            var file = ContentLoader.ReadFile(options, f, new DiagnosticBag())!;
            var t = B();
            var split = FrontMatterSplit.Parse(file.Text);
            m[0] += B() - t; t = B();
            var src = MarkdownDocumentReader.Read(file, new DiagnosticBag());
            m[1] += B() - t; t = B();
            NestingLimit.FindTooDeep(src.Body);
            m[2] += B() - t; t = B();
            var doc = Markdig.Markdown.Parse(src.Body, pipeline);
            m[3] += B() - t; t = B();
            NestingLimit.TreeDepth(doc);
            m[4] += B() - t; t = B();
            RawHtmlReporter.Report(doc, "x", new DiagnosticBag());
            m[5] += B() - t; t = B();
            AnchorAssigner.Assign(doc);
            m[6] += B() - t; t = B();
            foreach (var l in doc.Descendants<LiteralInline>()) { }
            m[7] += B() - t; t = B();
            MarkdownLink.Collect(doc);
            m[8] += B() - t; t = B();
            foreach (var h in doc.Descendants<HeadingBlock>()) { }
            m[9] += B() - t;
        }
        string[] names = ["split", "reader(split+yaml)", "findTooDeep", "markdig", "treeDepth", "rawhtml", "anchors", "desc<Literal>", "collect", "desc<Heading>"];
        File.WriteAllText("/tmp/alloc.txt", string.Join(", ", names.Zip(m, (n, v) => $"{n} {v / 1024.0 / files.Count:F1}KB")));
    }
}
