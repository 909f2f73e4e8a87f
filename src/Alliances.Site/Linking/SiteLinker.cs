using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Incremental;
using Alliances.Site.Loading;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;

namespace Alliances.Site.Linking;

/// <summary>
/// The link phase: decides what is published, catches URL collisions, resolves topics, passages
/// and Markdown links, and computes related essays and previous/next.
/// </summary>
public static class SiteLinker
{
    public const int MaxTopics = 128;

    /// <param name="memo">A preview's results of earlier builds, reused where still valid; null in a one-off build.</param>
    public static LinkedSite? Link(LoadedContent content, BuildOptions options, DiagnosticBag diagnostics, LinkMemo? memo = null)
    {
        var topicIndex = new TopicIndex(content.Topics, diagnostics);
        if (topicIndex.Topics.Count > MaxTopics)
        {
            diagnostics.Report(SourceLocation.FileStart(content.Topics[MaxTopics].Source.DisplayPath), DiagnosticCodes.InvalidValue,
                $"a site may have at most {MaxTopics} topics");
            return null;
        }

        if (memo?.TextEditsSince(content) is { } edits)
        {
            return TextEdits.Relink(content, edits, topicIndex, diagnostics, memo);
        }

        // What looks across essays is reported apart: a preview keeps it while only texts change.
        var siteWide = new DiagnosticBag();
        ReportCollisions(content.Topics.Select(t => (t.Slug, t.Source)), "topic", siteWide);
        ReportCollisions(content.Essays.Select(e => (e.Slug, e.Source)), "essay", siteWide);

        var published = content.Essays
            .Where(e => options.IsPublished(e))
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        var publishedSet = published.ToHashSet<Essay>(ReferenceEqualityComparer.Instance);

        var targets = Targets(content, publishedSet, options);
        memo?.Begin(content.Topics, targets, content.Config?.BaseUrl);
        Parallel.ForEach(content.Essays, essay => Resolve(content, targets, essay.Source, essay.Body, PublicationOf(essay, publishedSet, options), diagnostics, memo));
        ResolvePages(content, targets, diagnostics, memo);

        var pages = new EssayPage[published.Count];
        Parallel.For(0, published.Count, i => pages[i] = Place(published[i], topicIndex, diagnostics, memo));

        // Drafts are not published, but their front-matter is checked all the same.
        foreach (var draft in content.Essays.Where(e => !publishedSet.Contains(e)))
        {
            Place(draft, topicIndex, diagnostics, memo);
        }

        memo?.End();
        UnusedFiles.Report(content, options, siteWide);
        var siteLanguage = content.Config?.Language ?? "en";
        Translations.Assign(content.Essays, pages, siteLanguage, siteWide);
        var siteWideMessages = siteWide.Sorted();
        diagnostics.AddRange(siteWideMessages);
        if (content.Config is null)
        {
            memo?.Keep(content, null, targets, []);
            return null;
        }

        RelatedEssays.Assign(pages, topicIndex.Topics, siteLanguage);
        AssignNeighbours(pages);
        var topicPages = topicIndex.Topics.Select(t => BuildTopicPage(t, pages, topicIndex.Topics, siteLanguage)).ToList();
        var unpublished = content.Essays.Where(e => !publishedSet.Contains(e)).ToList();
        var site = new LinkedSite(content.Config, topicIndex.Topics, pages, topicPages, content.HomeIntro)
        {
            HomeEssays = OncePerTranslation([.. pages], siteLanguage),
            Drafts = [.. unpublished.Where(e => e.Draft)],
            Scheduled = [.. unpublished.Where(e => !e.Draft).OrderBy(e => e.Date).ThenBy(e => e.Slug, StringComparer.Ordinal)],
        };
        memo?.Keep(content, site, targets, siteWideMessages);
        return site;
    }

    /// <summary>An essay's topics, in the site's order, and the passages it offers each.</summary>
    internal static EssayPage Place(Essay essay, TopicIndex topicIndex, DiagnosticBag diagnostics, LinkMemo? memo)
    {
        return memo is null ? Choose(diagnostics) : memo.Place(essay, diagnostics, Choose);

        EssayPage Choose(DiagnosticBag bag)
        {
            var topics = topicIndex.Resolve(essay.TopicNames, bag);
            var passages = PassageSelector.Select(essay, topics, topicIndex, bag);
            return new EssayPage(essay, [.. topics.OrderBy(topicIndex.Position)], passages);
        }
    }

    /// <summary>Every page a relative link can point at, by content path.</summary>
    private static Dictionary<string, LinkTarget> Targets(LoadedContent content, HashSet<Essay> published, BuildOptions options)
    {
        var targets = new Dictionary<string, LinkTarget>(StringComparer.Ordinal);
        foreach (var essay in content.Essays)
        {
            var publication = PublicationOf(essay, published, options);
            targets.TryAdd(essay.Source.RelativePath, new LinkTarget(essay.Folder, essay.Body, publication.Now, essay.Source.DisplayPath, essay.Slug) { PublishesOn = publication.On });
        }

        foreach (var topic in content.Topics)
        {
            targets.TryAdd(topic.Source.RelativePath, new LinkTarget(topic.Folder, topic.Intro, true, topic.Source.DisplayPath, topic.Slug));
        }

        return targets;
    }

    /// <summary>
    /// When an essay is published: now, on its date (one the build leaves out only for its date:
    /// the scheduled build publishes it that day), or never (a draft the build leaves out).
    /// </summary>
    private static Publication PublicationOf(Essay essay, HashSet<Essay> published, BuildOptions options) =>
        published.Contains(essay) ? Publication.Published
        : essay.Draft && !options.IncludeDrafts ? Publication.Never
        : Publication.Scheduled(essay.Date);

    /// <summary>Resolves the links of the topics' pages and the home page's text.</summary>
    internal static void ResolvePages(LoadedContent content, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics, LinkMemo? memo)
    {
        foreach (var topic in content.Topics)
        {
            Resolve(content, targets, topic.Source, topic.Intro, Publication.Published, diagnostics, memo);
        }

        if (content.HomeIntro is not null && content.HomeIntroSource is not null)
        {
            Resolve(content, targets, content.HomeIntroSource, content.HomeIntro, Publication.Published, diagnostics, memo);
        }
    }

    /// <summary>Resolves one page's links (through <paramref name="memo"/>, which keeps them while their targets stay).</summary>
    internal static void Resolve(LoadedContent content, IReadOnlyDictionary<string, LinkTarget> targets, ContentFile source, MarkdownContent body,
        Publication publication, DiagnosticBag diagnostics, LinkMemo? memo)
    {
        // Essays and topics are one folder down from the site's root; the home page is at it.
        var root = ReferenceEquals(source, content.HomeIntroSource) ? string.Empty : "../../";
        if (memo is null)
        {
            new LinkRewriter(targets, diagnostics) { BaseUrl = content.Config?.BaseUrl }.Rewrite(source, body, root, publication);
        }
        else
        {
            memo.Resolve(body, publication, targets, diagnostics,
                (bag, dependencies) => new LinkRewriter(targets, bag) { BaseUrl = content.Config?.BaseUrl }.Rewrite(source, body, root, publication, dependencies));
        }
    }

    internal static void ReportCollisions(IEnumerable<(string Slug, ContentFile Source)> items, string kind, DiagnosticBag diagnostics)
    {
        // Case-insensitive: `Foo.md` and `foo.md` are one file on macOS and Windows checkouts.
        foreach (var group in items.GroupBy(i => i.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(i => i.Source.DisplayPath, StringComparer.Ordinal).ToList();
            foreach (var later in ordered.Skip(1))
            {
                diagnostics.Report(SourceLocation.FileStart(later.Source.DisplayPath), DiagnosticCodes.UrlCollision,
                    $"this {kind} and '{ordered[0].Source.DisplayPath}' would both be published at {kind}s/{group.Key.ToLowerInvariant()}/");
            }
        }
    }

    internal static void AssignNeighbours(EssayPage[] newestFirst)
    {
        for (var i = 0; i < newestFirst.Length; i++)
        {
            newestFirst[i].Next = i > 0 ? newestFirst[i - 1].Essay : null;
            newestFirst[i].Previous = i + 1 < newestFirst.Length ? newestFirst[i + 1].Essay : null;
        }
    }

    /// <summary>A topic's page: its essays, each translated essay once (in the site's language when it has that version).</summary>
    internal static TopicPage BuildTopicPage(Topic topic, IReadOnlyList<EssayPage> pages, IReadOnlyList<Topic> all, string siteLanguage)
    {
        var essays = OncePerTranslation(pages.Where(p => p.Topics.Contains(topic)).ToList(), siteLanguage);
        var related = all
            .Where(other => other != topic)
            .Select(other => new RelatedTopic(other, essays.Count(e => e.Topics.Contains(other))))
            .Where(r => r.SharedEssays > 0)
            .OrderByDescending(r => r.SharedEssays)
            .ThenBy(r => r.Topic.Order).ThenBy(r => r.Topic.Title, StringComparer.Ordinal)
            .ToList();
        return new TopicPage(topic, essays, related);
    }

    /// <summary>
    /// <paramref name="newestFirst"/> with each translation group once, where its first version stood:
    /// the version in <paramref name="language"/> when the list holds it, else that first one.
    /// </summary>
    internal static List<EssayPage> OncePerTranslation(List<EssayPage> newestFirst, string language)
    {
        if (newestFirst.All(p => p.Translations is null))
        {
            return newestFirst;
        }

        var seen = new HashSet<TranslationGroup>(ReferenceEqualityComparer.Instance);
        var once = new List<EssayPage>(newestFirst.Count);
        foreach (var page in newestFirst)
        {
            if (page.Translations is not { } group)
            {
                once.Add(page);
            }
            else if (seen.Add(group))
            {
                var preferred = newestFirst.FirstOrDefault(p => ReferenceEquals(p.Translations, group) && ReferenceEquals(group.In(language), p.Essay));
                once.Add(preferred ?? page);
            }
        }

        return once;
    }
}
