using System.Text;
using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Rendering;
using Markdig;

namespace Alliances.Fuzz;

/// <summary>
/// One essay file through the loader and the Markdown renderer. Anything that throws is a finding:
/// the generator must turn every input into an essay or a positioned diagnostic.
/// </summary>
public static class EssayTarget
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    public static void Run(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var diagnostics = new DiagnosticBag();
        var essay = EssayReader.Read(new ContentFile("essays/fuzz.md", "content/essays/fuzz.md", text), Pipeline, diagnostics);
        var html = MarkdownHtml.Render(essay.Body.OpenDocument(Pipeline), Pipeline).Html;
        foreach (var diagnostic in diagnostics.Sorted())
        {
            if (diagnostic.Line < 1 || diagnostic.Column < 1 || diagnostic.Code == "ALL999")
            {
                throw new InvalidOperationException("unpositioned or internal diagnostic: " + diagnostic);
            }
        }

        if (html.Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("a <script> element reached the rendered HTML");
        }
    }
}
