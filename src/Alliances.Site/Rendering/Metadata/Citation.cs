using System.Globalization;
using System.Text;
using Alliances.Site.Model;
using Alliances.Site.Rendering.ViewModels;

namespace Alliances.Site.Rendering.Metadata;

/// <summary>
/// "Cite this essay" in APA (7th edition), Chicago (notes and bibliography, a web page) and BibTeX
/// (biblatex's @online), as plain text the template escapes. The date is the essay's publication
/// date. The day the reader consulted the page cannot be known at build time, so the styles that
/// ask for it carry a placeholder ("[date accessed]") rather than the build's date.
/// </summary>
internal static class Citation
{
    public const string AccessedPlaceholder = "[date accessed]";

    internal static EssayCitation For(Essay essay, SiteConfig config)
    {
        var url = config.AbsoluteUrl(essay.Path);
        return new(Apa(essay, config.Title, url), Chicago(essay, config.Title, url), BibTeX(essay, config.Title, url));
    }

    /// <summary>Author. (2026, November 23). <i>Title</i>. Site. URL — the title first when there is no author.</summary>
    internal static string Apa(Essay essay, string site, string url)
    {
        var date = essay.Date.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture);
        return essay.Authors.Count > 0
            ? $"{Names(essay.Authors, " & ")}. ({date}). {essay.Title}. {site}. {url}"
            : $"{essay.Title}. ({date}). {site}. {url}";
    }

    /// <summary>Author. "Title." Site. November 23, 2026. Accessed [date accessed]. URL.</summary>
    internal static string Chicago(Essay essay, string site, string url)
    {
        var date = essay.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var authors = essay.Authors.Count > 0 ? Names(essay.Authors, " and ") + ". " : "";
        return $"{authors}\u201C{essay.Title}.\u201D {site}. {date}. Accessed {AccessedPlaceholder}. {url}.";
    }

    internal static string BibTeX(Essay essay, string site, string url)
    {
        var entry = new StringBuilder("@online{").Append(essay.Slug).Append(",\n");
        if (essay.Authors.Count > 0)
        {
            Field(entry, "author", string.Join(" and ", essay.Authors.Select(a => "{" + Escape(a) + "}")));
        }

        Field(entry, "title", "{" + Escape(essay.Title) + "}");
        Field(entry, "organization", Escape(site));
        Field(entry, "date", essay.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(entry, "url", url);
        return entry.Append("  urldate = {").Append(AccessedPlaceholder).Append("}\n}").ToString();
    }

    private static void Field(StringBuilder entry, string name, string value) =>
        entry.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    private static string Names(IReadOnlyList<string> names, string lastJoin) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + (names.Count > 2 ? "," : "") + lastJoin + names[^1];

    /// <summary>TeX's special characters, so a title such as "R&amp;D at 50%" reads as written.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => escaped.Append("\\textbackslash{}"),
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => escaped.Append('\\').Append(c),
                '~' => escaped.Append("\\textasciitilde{}"),
                '^' => escaped.Append("\\textasciicircum{}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
