using Alliances.Site.Body;
using Alliances.Site.Diagnostics;
using Alliances.Site.Incremental;
using Alliances.Site.Loading;
using Alliances.Site.Model;

namespace Alliances.Site.Linking;

/// <summary>An essay that changed since the last build, with the version it replaces.</summary>
internal readonly record struct EssayEdit(Essay Old, Essay New);

/// <summary>
/// The link phase for a preview build in which essays changed only in their text
/// (<see cref="LinkMemo.TextEditsSince"/>: same files, fields and images). Everything the phase works
/// out across essays (what is published and in what order, collisions, translations, related essays,
/// neighbours, topic pages, the home page's list, drafts, unused files, and their messages) is made
/// only of what did not change, so the last build's site is kept with each edited essay put in place
/// of its old version. What an essay's text decides is worked out again: its own links and passages,
/// and the links of every page that looked it up (a heading another essay links to may be gone).
/// </summary>
/// <remarks>
/// At 10,000 essays this is what lets a saved essay reload quickly: the whole phase takes about 100 ms,
/// most of it in steps whose result a text edit cannot change. The plain reference is the whole
/// phase: the preview must give a full build's site and messages after every kind of edit
/// (<c>Incremental/TextEditTests</c>, <c>Incremental/IncrementalBuilderTests</c>).
/// </remarks>
internal static class TextEdits
{
    public static LinkedSite Relink(LoadedContent content, IReadOnlyList<EssayEdit> edits, TopicIndex topicIndex, DiagnosticBag diagnostics, LinkMemo memo)
    {
        var last = memo.Last;
        memo.BeginTextEdits();

        // Each edited essay's target now has its new text (its headings), found by the links that point at it.
        var targets = last.Targets;
        var editedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, now) in edits)
        {
            var path = now.Source.RelativePath;
            targets[path] = targets[path] with { Content = now.Body };
            editedPaths.Add(path);
        }

        // An edited essay is published as its old version was (the same fields): its links are resolved for that.
        var publications = edits.ToDictionary(e => e.New, e => memo.PublicationOf(e.Old.Body), (IEqualityComparer<Essay>)ReferenceEqualityComparer.Instance);
        var scratch = new DiagnosticBag();
        foreach (var essay in content.Essays)
        {
            var edited = publications.TryGetValue(essay, out var own);
            if (edited || memo.LookedAt(essay.Body, editedPaths))
            {
                var publication = edited ? own : memo.PublicationOf(essay.Body);
                SiteLinker.Resolve(content, targets, essay.Source, essay.Body, publication, scratch, memo);
            }
        }

        SiteLinker.ResolvePages(content, targets, scratch, memo);

        // An edited essay's passages come from its headings; a draft's are checked, as in a full build.
        var pages = new Dictionary<EssayPage, EssayPage>(ReferenceEqualityComparer.Instance);
        var lastPages = last.Site.Essays.ToDictionary(p => p.Essay, (IEqualityComparer<Essay>)ReferenceEqualityComparer.Instance);
        foreach (var (old, now) in edits)
        {
            var page = SiteLinker.Place(now, topicIndex, scratch, memo);
            if (lastPages.TryGetValue(old, out var oldPage))
            {
                pages[oldPage] = page;
            }
        }

        var homeIntro = last.Content.HomeIntro is { } lastIntro && !ReferenceEquals(lastIntro, content.HomeIntro) ? new[] { lastIntro } : [];
        memo.EndTextEdits([.. edits.Select(e => e.Old.Body), .. homeIntro], edits.Select(e => e.Old), diagnostics);
        diagnostics.AddRange(last.SiteWide);
        var site = Substitute(last.Site, edits.ToDictionary(e => e.Old, e => e.New, (IEqualityComparer<Essay>)ReferenceEqualityComparer.Instance), pages, content.HomeIntro);
        memo.Keep(content, site, targets, last.SiteWide);
        return site;
    }

    /// <summary>
    /// <paramref name="site"/> with each old essay replaced by its new version and each old page by
    /// its new one, wherever the site refers to them: its lists, topic pages, related essays,
    /// neighbours and translation groups. Pages that refer to nothing edited are kept as they are.
    /// </summary>
    private static LinkedSite Substitute(LinkedSite site, Dictionary<Essay, Essay> essays, Dictionary<EssayPage, EssayPage> pages, MarkdownContent? homeIntro)
    {
        foreach (var (old, now) in pages)
        {
            (now.Related, now.Previous, now.Next, now.Translations) = (old.Related, old.Previous, old.Next, old.Translations);
        }

        var groups = new Dictionary<TranslationGroup, TranslationGroup>(ReferenceEqualityComparer.Instance);
        var published = site.Essays.Select(Page).ToList();
        foreach (var page in published)
        {
            page.Previous = Essay(page.Previous);
            page.Next = Essay(page.Next);
            if (page.Related.Any(r => pages.ContainsKey(r.Page)))
            {
                page.Related = [.. page.Related.Select(r => r with { Page = Page(r.Page) })];
            }

            if (page.Translations is { } group && group.Versions.Any(v => essays.ContainsKey(v.Essay)))
            {
                page.Translations = groups.TryGetValue(group, out var now) ? now
                    : groups[group] = new TranslationGroup([.. group.Versions.Select(v => v with { Essay = Essay(v.Essay)! })], Essay(group.Default)!);
            }
        }

        var topicPages = site.TopicPages.Select(t => t.Essays.Any(pages.ContainsKey) ? t with { Essays = [.. t.Essays.Select(Page)] } : t).ToList();
        return new LinkedSite(site.Config, site.Topics, published, topicPages, homeIntro)
        {
            HomeEssays = [.. site.HomeEssays.Select(Page)],
            Drafts = [.. site.Drafts.Select(e => Essay(e)!)],
            Scheduled = [.. site.Scheduled.Select(e => Essay(e)!)],
        };

        EssayPage Page(EssayPage page) => pages.GetValueOrDefault(page, page);

        Essay? Essay(Essay? essay) => essay is not null && essays.TryGetValue(essay, out var now) ? now : essay;
    }
}
