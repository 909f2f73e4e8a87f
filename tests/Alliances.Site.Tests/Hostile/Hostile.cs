using Alliances.Site.Diagnostics;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Markdig;

namespace Alliances.Site.Tests.Hostile;

/// <summary>Shared helpers for the hostile-input tests: read one essay, run with a hang guard.</summary>
internal static class Hostile
{
    public const string Path = "content/essays/x.md";

    public static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    /// <summary>A valid front-matter block; the body starts on line 7.</summary>
    public const string FrontMatter = "---\ntitle: T\ndate: 2024-05-01\nsummary: S.\ntopics: [diplomacy]\n---\n";

    public static (Essay Essay, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var essay = Bounded(() => EssayReader.Read(new ContentFile("essays/x.md", Path, text), Pipeline, diagnostics));
        return (essay, diagnostics.Sorted());
    }

    /// <summary>"line:col CODE" of every diagnostic, the shape the expectations are written in.</summary>
    public static string[] Codes(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Code}")];

    /// <summary>
    /// Runs <paramref name="action"/> on its own thread and fails if it has not finished after a
    /// generous bound: a hang detector, not a timing assertion (the numbers are in SECURITY.md).
    /// </summary>
    public static T Bounded<T>(Func<T> action, int seconds = 30)
    {
        var task = Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not finish within {seconds} s");
        return task.Result;
    }
}
