using Alliances.Site.Loading;
using Alliances.Site.Model;

namespace Alliances.Benchmarks;

/// <summary>The benchmarks' inputs: the repository's real content and a generated corpus.</summary>
public static class Inputs
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The longest real essay, as the loader would read it.</summary>
    public static ContentFile LongestEssay()
    {
        var path = Directory.EnumerateFiles(Path.Combine(Content, "essays"), "*.md").MaxBy(f => new FileInfo(f).Length)!;
        var relative = "essays/" + Path.GetFileName(path);
        return new ContentFile(relative, "content/" + relative, File.ReadAllText(path));
    }

    public static FrontMatterSplit Split(ContentFile file) => FrontMatterSplit.Parse(SourceText.Normalize(file.Text));

    /// <summary>A corpus of <paramref name="essays"/> essays (bench/Alliances.Corpus, seed 1), generated once per size into the temp folder.</summary>
    public static string Corpus(int essays)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alliances-bench-corpora-v2", essays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!File.Exists(Path.Combine(folder, "site.yml")))
        {
            Alliances.Corpus.CorpusWriter.Write(essays, folder);
        }

        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alliances.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Alliances.sln not found above " + AppContext.BaseDirectory);
    }
}
