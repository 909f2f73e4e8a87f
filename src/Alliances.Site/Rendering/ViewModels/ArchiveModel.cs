using System.Globalization;
using Alliances.Site.Localization;
using Alliances.Site.Model;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.Paging;
using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>The `archive` variable of archive.html: one page of every essay's title, grouped by year, newest first.</summary>
internal static class ArchiveModel
{
    public static ScriptObject Build(LinkedSite site, ListPage page, LanguageStrings strings)
    {
        var years = new ScriptArray();
        ScriptArray? essays = null;
        var year = int.MinValue;
        foreach (var e in page.Items(site.Essays))
        {
            if (e.Essay.Date.Year != year)
            {
                year = e.Essay.Date.Year;
                essays = [];
                years.Add(new ScriptObject(2) { ["year"] = year.ToString(CultureInfo.InvariantCulture), ["essays"] = essays });
            }

            essays!.Add(EssayCard.For(e.Essay, strings));
        }

        return new ScriptObject(2) { ["years"] = years, ["essay_count"] = Format.Boxed(site.Essays.Count) };
    }

    /// <summary>Every object <see cref="Build"/> reads but the config (see <see cref="Pages.PagePlan.Inputs"/>); read something new: list it here.</summary>
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
