using Alliances.Site.Model;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Incremental;

/// <summary>
/// A linked site written out as text by slugs (which essays, in what order, with which topics,
/// passages, related essays, neighbours, translations; the topic pages, the home page's list, drafts
/// and scheduled essays), so a preview's site can be compared with a full build's, whose objects differ.
/// </summary>
internal static class LinkedSiteShape
{
    public static string Describe(LinkedSite site)
    {
        var lines = new List<string>();
        foreach (var page in site.Essays)
        {
            lines.Add($"essay {page.Essay.Slug}: topics {Slugs(page.Topics)}; passages {string.Join(",", page.PassagesByTopic.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={string.Join("+", p.Value.Select(x => x.Id))}"))}");
            lines.Add($"  previous {page.Previous?.Slug}, next {page.Next?.Slug}");
            lines.Add($"  related {string.Join(", ", page.Related.Select(r => $"{r.Page.Essay.Slug} ({Slugs(r.SharedTopics)})"))}");
            lines.Add($"  translations {(page.Translations is { } g ? $"{string.Join(",", g.Versions.Select(v => $"{v.Language}:{v.Essay.Slug}"))} default {g.Default.Slug}" : "none")}");
        }

        lines.AddRange(site.TopicPages.Select(t => $"topic {t.Topic.Slug}: {string.Join(",", t.Essays.Select(p => p.Essay.Slug))}; related {string.Join(",", t.Related.Select(r => $"{r.Topic.Slug}={r.SharedEssays}"))}"));
        lines.Add($"home {string.Join(",", site.HomeEssays.Select(p => p.Essay.Slug))}");
        lines.Add($"drafts {string.Join(",", site.Drafts.Select(e => e.Slug))}; scheduled {string.Join(",", site.Scheduled.Select(e => e.Slug))}");
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Every essay the site refers to, by any path, as it was referred to. A preview that kept an
    /// old version of an essay somewhere shows it here beside the current one.
    /// </summary>
    public static IEnumerable<Essay> Referred(LinkedSite site) =>
        site.Essays.SelectMany(p => new[] { p.Essay, p.Previous, p.Next }
                .Concat(p.Related.Select(r => r.Page.Essay))
                .Concat(p.Translations?.Versions.Select(v => v.Essay).Append(p.Translations.Default) ?? []))
            .Concat(site.TopicPages.SelectMany(t => t.Essays.Select(p => p.Essay)))
            .Concat(site.HomeEssays.Select(p => p.Essay))
            .Concat(site.Drafts).Concat(site.Scheduled)
            .OfType<Essay>();

    private static string Slugs(IEnumerable<Topic> topics) => string.Join(",", topics.Select(t => t.Slug));

    /// <summary>Asserts that a preview's site is a full build's, and refers to one version of each essay.</summary>
    public static void AssertSameAsFullLink(TempSite site, LinkedSite? preview)
    {
        Assert.NotNull(preview);
        var full = SiteBuilder.Check(site.Options()).Site;
        Assert.NotNull(full);
        Assert.Equal(Describe(full), Describe(preview));
        var versions = Referred(preview).Distinct(ReferenceEqualityComparer.Instance).Cast<Essay>().GroupBy(e => e.Source.RelativePath, StringComparer.Ordinal);
        Assert.All(versions, group => Assert.True(group.Count() == 1, $"the site refers to {group.Count()} versions of {group.Key}"));
    }
}
