namespace Alliances.Site.Tests.Support;

/// <summary>Markdown to check tree walks on: the given documents, the real content and the fuzz corpus.</summary>
public static class MarkdownSamples
{
    public static TheoryData<string> With(params string[] documents)
    {
        var bodies = new TheoryData<string>();
        foreach (var document in documents)
        {
            bodies.Add(document);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Alliances.Fuzz", "corpus")))
            .Order(StringComparer.Ordinal))
        {
            bodies.Add(File.ReadAllText(file));
        }

        return bodies;
    }
}
