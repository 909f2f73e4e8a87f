using System.Globalization;
using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.Paging;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `archive` variable of archive.html: one page of every essay's title, grouped by year, newest first.</summary>
internal sealed record ArchiveModel(ScriptArray<ArchiveYear> Years, int EssayCount) : ViewModel
{
    private static readonly ViewMembers<ArchiveModel> Table = new()
    {
        ["years"] = m => m.Years,
        ["essay_count"] = m => Format.Boxed(m.EssayCount),
    };

    protected override ViewMembers Members => Table;

    public static ArchiveModel Build(LinkedSite site, ListPage page, LanguageStrings strings)
    {
        var years = new ScriptArray<ArchiveYear>();
        var year = int.MinValue;
        foreach (var e in page.Items(site.Essays))
        {
            if (e.Essay.Date.Year != year)
            {
                year = e.Essay.Date.Year;
                years.Add(new ArchiveYear(year.ToString(CultureInfo.InvariantCulture), []));
            }

            years[^1].Essays.Add(EssayCard.For(e.Essay, strings, site.Config, site.Config.Language));
        }

        return new(years, site.Essays.Count);
    }

    /// <summary>Every object <see cref="Build"/> reads but the config (see <see cref="PagePlan.Inputs"/>); read something new: list it here.</summary>
    public static void Inputs(LinkedSite site, ListPage page, ModelInputs inputs)
    {
        inputs.Add(site.Essays.Count);
        page.AddInputs(inputs);
        for (var i = page.Start; i < page.Start + page.Length; i++)
        {
            inputs.Add(site.Essays[i].Essay);
        }
    }
}
