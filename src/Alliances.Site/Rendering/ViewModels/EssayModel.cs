using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Metadata;
using Alliances.Site.Rendering.Pages;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `essay` variable of essay.html (its members as docs/templates.md lists them).</summary>
internal sealed record EssayModel : ViewModel
{
    private static readonly ViewMembers<EssayModel> Table = new()
    {
        ["title"] = m => m.Title,
        ["slug"] = m => m.Slug,
        ["path"] = m => m.Path,
        ["summary"] = m => m.Summary,
        ["date"] = m => m.Date,
        ["date_display"] = m => m.DateDisplay,
        ["updated"] = m => m.Updated,
        ["updated_display"] = m => m.UpdatedDisplay,
        ["authors"] = m => m.Authors,
        ["reading_minutes"] = m => Format.Boxed(m.ReadingMinutes),
        ["word_count"] = m => Format.Boxed(m.WordCount),
        ["topics"] = m => m.Topics,
        ["toc"] = m => m.Toc,
        ["body"] = m => m.Body,
        ["related"] = m => m.Related,
        ["previous"] = m => m.Previous,
        ["next"] = m => m.Next,
        ["edit_url"] = m => m.EditUrl,
        ["source_path"] = m => m.SourcePath,
        ["json_ld"] = m => m.JsonLd,
        ["cite"] = m => m.Cite,
        ["translations"] = m => m.Translations,
        ["x_default"] = m => m.XDefault,
    };

    public required string Title { get; init; }

    public required string Slug { get; init; }

    public required string Path { get; init; }

    public required string Summary { get; init; }

    public required string Date { get; init; }

    public required string DateDisplay { get; init; }

    public string? Updated { get; init; }

    public string? UpdatedDisplay { get; init; }

    public required ScriptArray<string> Authors { get; init; }

    public required int ReadingMinutes { get; init; }

    public required int WordCount { get; init; }

    /// <summary>The essay's topics, each with the essay's passages on it.</summary>
    public required ScriptArray<EssayTopic> Topics { get; init; }

    public required ScriptArray<TocEntry> Toc { get; init; }

    public required RawHtml Body { get; init; }

    /// <summary>Related essays, best first, each with the topics it shares with this one.</summary>
    public required ScriptArray<EssayCard> Related { get; init; }

    public PageLink? Previous { get; init; }

    public PageLink? Next { get; init; }

    public string? EditUrl { get; init; }

    public required string SourcePath { get; init; }

    public required RawHtml JsonLd { get; init; }

    public required EssayCitation Cite { get; init; }

    /// <summary>Every version of a translated essay, this one included; empty otherwise.</summary>
    public required ScriptArray<TranslationLink> Translations { get; init; }

    public string? XDefault { get; init; }

    protected override ViewMembers Members => Table;

    public static EssayModel Build(EssayPage page, LinkedSite site, RawHtml body, LanguageStrings strings, InterfaceStrings languages)
    {
        var essay = page.Essay;
        var config = site.Config;
        var topicCounts = site.EssayCountByTopic;
        return new()
        {
            Title = essay.Title,
            Slug = essay.Slug,
            Path = essay.Path,
            Summary = essay.Summary,
            Date = Format.IsoDate(essay.Date),
            DateDisplay = strings.DisplayDate(essay.Date),
            Updated = essay.Updated is { } u ? Format.IsoDate(u) : null,
            UpdatedDisplay = essay.Updated is { } d ? strings.DisplayDate(d) : null,
            Authors = ViewList.Of(essay.Authors, a => a),
            ReadingMinutes = Format.ReadingMinutes(essay.Body.WordCount),
            WordCount = essay.Body.WordCount,
            Topics = ViewList.Of(page.Topics, t => new EssayTopic(
                TopicRef.For(t, topicCounts.GetValueOrDefault(t.Slug)),
                ViewList.Of(page.PassagesOn(t), p => PassageLink.For(essay, p)))),
            Toc = TocEntry.For(essay.Body.Headings),
            Body = body,
            Related = ViewList.Of(page.Related, r => RelatedCard(r, strings, config, essay.LanguageOr(config.Language))),
            Previous = page.Previous is { } previous ? new PageLink(previous.Title, previous.Path) : null,
            Next = page.Next is { } next ? new PageLink(next.Title, next.Path) : null,
            EditUrl = config.Repository is { } repository
                ? $"{repository}/edit/{config.Branch}/content/{Text.UrlPath.Escape(essay.Source.RelativePath)}"
                : null,
            SourcePath = "content/" + essay.Source.RelativePath,
            JsonLd = ArticleJsonLd.For(essay, config),
            Cite = Citation.For(essay, config),
            Translations = TranslationLink.Versions(page.Translations, essay, config, languages),
            XDefault = page.Translations is { } group ? config.AbsoluteUrl(group.Default.Path) : null,
        };
    }

    /// <summary>
    /// Every object <see cref="Build"/> reads, apart from what all pages share (the site model and
    /// config, which the page cache keys on its own) and the body's HTML, made from the essay's body
    /// and link URLs listed here. Unchanged files keep their objects between a preview's builds, so the
    /// same objects make the same model. Read something new in <see cref="Build"/>: list it here.
    /// </summary>
    public static void Inputs(EssayPage page, ModelInputs inputs)
    {
        inputs.Add(page.Essay);
        inputs.Add(page.Essay.Body.LinkUrls);
        inputs.Add(page.Topics);
        inputs.Add(page.PassagesByTopic);
        inputs.Add(page.Previous);
        inputs.Add(page.Next);
        foreach (var related in page.Related)
        {
            inputs.Add(related.Page.Essay);
            inputs.Add(related.Page.PassagesByTopic);
            inputs.AddRange(related.SharedTopics);
            inputs.Add(null);
        }

        // The group is made again on every build; its versions (and which is the default) are what the page shows.
        if (page.Translations is { } group)
        {
            inputs.Add(group.Default);
            foreach (var version in group.Versions)
            {
                inputs.Add(version.Essay);
            }
        }

        inputs.Add(null);
    }

    private static EssayCard RelatedCard(RelatedEssay related, LanguageStrings strings, SiteConfig config, string pageLanguage)
    {
        var essay = related.Page.Essay;
        return EssayCard.For(essay, strings, config, pageLanguage) with
        {
            SharedTopics = ViewList.Of(related.SharedTopics, t => new TopicLink(
                t.Slug,
                t.Title,
                related.Page.PassagesOn(t) is [var first, ..] ? essay.Path + "#" + first.Id : essay.Path)),
        };
    }
}
