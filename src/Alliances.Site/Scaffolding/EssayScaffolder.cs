using Alliances.Site.Diagnostics;
using Alliances.Site.Linking;
using Alliances.Site.Loading;
using Alliances.Site.Markdown;
using Alliances.Site.Model;
using Alliances.Site.Text;

namespace Alliances.Site.Scaffolding;

/// <summary>Creates `content/essays/slug.md` for `alliances new`, never overwriting a file.</summary>
public static class EssayScaffolder
{
    /// <param name="slug">The file name the editor chose (`--slug`); otherwise it is made from the title by <see cref="Slug.FromTitle"/>, the rule `check` applies to file names.</param>
    public static ScaffoldResult Create(string contentDirectory, string title, IReadOnlyList<string> topicNames, DateOnly today, string? slug = null)
    {
        title = title.Trim();
        var chosenSlug = slug is null ? Slug.FromTitle(title) : Slug.FromFileName(slug);
        var display = ContentLoader.Display(new BuildOptions { ContentDirectory = contentDirectory, TemplatesDirectory = "." }, $"essays/{chosenSlug}.md");
        if (title.Any(char.IsControl) || (slug is null && chosenSlug.Length == 0))
        {
            return new ScaffoldResult(ScaffoldOutcome.Invalid, display,
                $"the title '{PrintableText.OneLine(title)}' does not give a usable file name; use a title with letters or digits on one line, or choose the file name with --slug");
        }

        if (Slug.ProblemAndFix(chosenSlug) is { } problem)
        {
            return new ScaffoldResult(ScaffoldOutcome.Invalid, display, slug is null
                ? $"the title '{title}' gives the file name '{chosenSlug}', which {problem}; choose the file name with --slug"
                : $"--slug '{chosenSlug}' {problem}");
        }

        var topics = KnownTopics(contentDirectory);
        var known = string.Join(", ", topics.Topics.Select(t => t.Slug));
        if (topicNames.Count == 0)
        {
            return new ScaffoldResult(ScaffoldOutcome.Invalid, display, $"choose the essay's topics with --topics (known topics: {known})");
        }

        var chosen = new List<string>();
        foreach (var name in topicNames.Select(n => n.Trim()))
        {
            if (topics.Find(name) is not { } topic)
            {
                return new ScaffoldResult(ScaffoldOutcome.Refused, display,
                    $"unknown topic '{name}'{Suggest.DidYouMean(name, topics.Names)} (known topics: {known})");
            }

            if (!chosen.Contains(topic.Slug))
            {
                chosen.Add(topic.Slug);
            }
        }

        var path = Path.Combine(contentDirectory, "essays", chosenSlug + ".md");
        var exists = new ScaffoldResult(ScaffoldOutcome.Refused, display, $"'{display}' already exists; it was left as it is (choose another title or edit that file)");
        if (File.Exists(path) || Directory.Exists(path))
        {
            return exists;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew fails if the file appeared meanwhile: an essay is never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(EssayScaffold.Render(title, today, chosen));
        }
        catch (IOException) when (File.Exists(path))
        {
            return exists;
        }

        return new ScaffoldResult(ScaffoldOutcome.Created, display, $"created '{display}' as a draft");
    }

    private static TopicIndex KnownTopics(string contentDirectory)
    {
        // Only the topics' names are needed here; problems in topic files are `check`'s business.
        var ignored = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Create();
        var folder = Path.Combine(contentDirectory, "topics");
        var topics = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md")
                .Order(StringComparer.Ordinal)
                .Select(f => TopicReader.Read(new ContentFile("topics/" + Path.GetFileName(f), f, File.ReadAllText(f)), pipeline, ignored))
                .ToList()
            : [];
        return new TopicIndex(topics, ignored);
    }
}
