using Alliances.Site.Body;
using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Metadata;
using Alliances.Site.Rendering.Pages;
using Scriban.Runtime;
using static Alliances.Site.Rendering.ViewModels.CommonModels;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `essay` variable of essay.html.</summary>
internal static class EssayModel
{
    public static ScriptObject Build(EssayPage page, LinkedSite site, RawHtml body, LanguageStrings strings, InterfaceStrings languages)
    {
        var essay = page.Essay;
        var topicCounts = site.EssayCountByTopic;
        return new ScriptObject(23)
        {
            ["title"] = essay.Title,
            ["slug"] = essay.Slug,
            ["path"] = essay.Path,
            ["summary"] = essay.Summary,
            ["date"] = Format.IsoDate(essay.Date),
            ["date_display"] = strings.DisplayDate(essay.Date),
            ["updated"] = essay.Updated is { } u ? Format.IsoDate(u) : null,
            ["updated_display"] = essay.Updated is { } d ? strings.DisplayDate(d) : null,
            ["authors"] = Array(essay.Authors, a => a),
            ["reading_minutes"] = Format.Boxed(Format.ReadingMinutes(essay.Body.WordCount)),
            ["word_count"] = Format.Boxed(essay.Body.WordCount),
            ["topics"] = Array(page.Topics, t =>
            {
                var model = TopicRef(t, topicCounts.GetValueOrDefault(t.Slug));
                model["passages"] = Array(page.PassagesOn(t), p => PassageLink(essay, p));
                return model;
            }),
            ["toc"] = Toc(essay.Body.Headings),
            ["body"] = body,
            ["related"] = Array(page.Related, r => Related(r, strings)),
            ["previous"] = page.Previous is { } previous ? Link(previous.Title, previous.Path) : null,
            ["next"] = page.Next is { } next ? Link(next.Title, next.Path) : null,
            ["edit_url"] = site.Config.Repository is { } repository
                ? $"{repository}/edit/{site.Config.Branch}/content/{Text.UrlPath.Escape(essay.Source.RelativePath)}"
                : null,
            ["source_path"] = "content/" + essay.Source.RelativePath,
            ["json_ld"] = ArticleJsonLd.For(essay, site.Config),
            ["cite"] = Citation.For(essay, site.Config),
            ["translations"] = TranslationModel.Versions(page.Translations, essay, site.Config, languages),
            ["x_default"] = page.Translations is { } group ? site.Config.AbsoluteUrl(group.Default.Path) : null,
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

    private static EssayCard Related(RelatedEssay related, LanguageStrings strings)
    {
        var essay = related.Page.Essay;
        return EssayCard.For(essay, strings) with
        {
            SharedTopics = Array(related.SharedTopics, t => new ScriptObject(3)
            {
                ["slug"] = t.Slug,
                ["title"] = t.Title,
                ["path"] = related.Page.PassagesOn(t) is [var first, ..] ? essay.Path + "#" + first.Id : essay.Path,
            }),
        };
    }

    /// <summary>h2 entries with their h3 children; deeper headings stay out of the contents.</summary>
    private static ScriptArray Toc(IReadOnlyList<Heading> headings)
    {
        var toc = new ScriptArray();
        ScriptArray? children = null;
        foreach (var heading in headings.Where(h => h.Level <= 3))
        {
            var entryChildren = new ScriptArray();
            var entry = new ScriptObject(3) { ["id"] = heading.Id, ["title"] = heading.Title, ["children"] = entryChildren };
            if (heading.Level == 3 && children is not null)
            {
                children.Add(entry);
                continue;
            }

            toc.Add(entry);
            children = entryChildren;
        }

        return toc;
    }
}
