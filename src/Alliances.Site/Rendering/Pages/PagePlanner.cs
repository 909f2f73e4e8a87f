using Alliances.Site.Diagnostics;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Paging;
using Alliances.Site.Rendering.ViewModels;

namespace Alliances.Site.Rendering.Pages;

/// <summary>Every page of a linked site, as plans in output order: the home pages, essays, topics, archive, search and 404.</summary>
internal sealed class PagePlanner(TemplateSet templates)
{
    /// <param name="diagnostics">Where a language without interface strings is reported (once per language).</param>
    public List<PagePlan> Plan(LinkedSite site, SiteModel siteModel, DiagnosticBag? diagnostics = null)
    {
        var config = site.Config;
        var siteLanguage = config.Language;
        var strings = templates.Strings.For(siteLanguage, diagnostics);
        var plans = new List<PagePlan>();
        foreach (var list in ListPage.Split("", site.HomeEssays.Count, config.PageSize))
        {
            plans.Add(ListPlan(list, "home.html", PageKind.Home, config.Title, config.Description, [], siteLanguage) with
            {
                Body = list.IsFirst ? site.HomeIntro : null,
                AddModel = (m, intro) => m["home"] = HomeModel.Build(site, siteModel, intro, list, strings, templates.Strings),
                Inputs = inputs => HomeModel.Inputs(site, list, inputs),
            });
        }

        var home = new PageLink(strings.Format("home", []), "");
        for (var i = 0; i < site.Essays.Count; i++)
        {
            var page = site.Essays[i];
            var essay = page.Essay;
            var language = essay.LanguageOr(siteLanguage);
            var essayStrings = templates.Strings.For(language, diagnostics);
            var essayHome = essayStrings == strings ? home : new PageLink(essayStrings.Format("home", []), "");
            plans.Add(new PagePlan
            {
                OutputPath = essay.Folder + "index.html",
                Template = "essay.html",
                Kind = PageKind.Essay,
                Title = essay.Title,
                Description = essay.Summary,
                SitePath = essay.Path,
                Root = "../../",
                Breadcrumbs = [essayHome],
                Body = essay.Body,
                AddModel = (m, body) => m["essay"] = EssayModel.Build(page, site, body!, essayStrings, templates.Strings),
                Inputs = inputs => EssayModel.Inputs(page, inputs),
                Essay = page,
                EssayNumber = i,
                Language = language,
            });
        }

        foreach (var page in site.TopicPages)
        {
            var topic = page.Topic;
            PageLink[] crumbs = [home, new PageLink(topic.Title, topic.Path)];
            foreach (var list in ListPage.Split(topic.Path, page.Essays.Count, config.PageSize))
            {
                plans.Add(ListPlan(list, "topic.html", PageKind.Topic, topic.Title, topic.Summary, list.IsFirst ? [home] : crumbs, siteLanguage) with
                {
                    Body = list.IsFirst ? topic.Intro : null,
                    AddModel = (m, intro) => m["topic"] = TopicModel.Build(page, intro, list, strings, site.Config, templates.Strings),
                    Inputs = inputs => TopicModel.Inputs(page, list, inputs),
                });
            }
        }

        foreach (var list in ListPage.Split("archive/", site.Essays.Count, config.ArchivePageSize))
        {
            plans.Add(ListPlan(list, "archive.html", PageKind.Archive, strings.Format("archive", []), strings.Format("archive_description", [config.Title]), [home], siteLanguage) with
            {
                AddModel = (m, _) => m["archive"] = ArchiveModel.Build(site, list, strings),
                Inputs = inputs => ArchiveModel.Inputs(site, list, inputs),
            });
        }

        plans.Add(new PagePlan
        {
            OutputPath = "search/index.html",
            Template = "search.html",
            Kind = PageKind.Search,
            Title = strings.Format("search", []),
            Description = strings.Format("search_description", [config.Title]),
            SitePath = "search/",
            Root = "../",
            Breadcrumbs = [home],
            Language = siteLanguage,
        });

        // The host serves 404.html for a missing URL at any depth, so its links must be absolute.
        plans.Add(new PagePlan
        {
            OutputPath = "404.html",
            Template = "404.html",
            Kind = PageKind.NotFound,
            Title = strings.Format("not_found", []),
            Description = config.Description,
            SitePath = "404.html",
            Root = config.BasePath,
            Language = siteLanguage,
        });
        return plans;
    }

    private static PagePlan ListPlan(ListPage list, string template, PageKind kind, string title, string description, IReadOnlyList<PageLink> breadcrumbs, string language) => new()
    {
        OutputPath = list.OutputPath,
        Template = template,
        Kind = kind,
        Title = title,
        Description = description,
        SitePath = list.SitePath,
        Root = list.Root,
        Breadcrumbs = breadcrumbs,
        List = list,
        Language = language,
    };
}
