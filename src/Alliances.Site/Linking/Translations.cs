using Alliances.Site.Diagnostics;
using Alliances.Site.Markdown.Links;
using Alliances.Site.Model;
using Alliances.Site.Text;

namespace Alliances.Site.Linking;

/// <summary>
/// Groups each original essay with the essays that declare `translation_of` it, checks the
/// declarations (a known essay, not itself a translation, a language of its own in the group), and
/// gives every published version its <see cref="TranslationGroup"/>. Like Hugo's translationKey, the
/// group has no page of its own; unlike it, a translation names its original's file, which `check`
/// can verify and an editor can follow.
/// </summary>
public static class Translations
{
    /// <param name="essays">Every essay read, drafts included: a draft's declaration is checked too.</param>
    /// <param name="pages">The published essays' pages, which get their group.</param>
    public static void Assign(IReadOnlyList<Essay> essays, IReadOnlyList<EssayPage> pages, string siteLanguage, DiagnosticBag diagnostics)
    {
        var byPath = new Dictionary<string, Essay>(StringComparer.Ordinal);
        foreach (var essay in essays)
        {
            byPath.TryAdd(essay.Source.RelativePath, essay);
        }

        // Originals in file order, each with its translations in file order: the same groups, and the
        // same essay reported, on every run.
        var groups = new Dictionary<Essay, List<Essay>>((IEqualityComparer<Essay>)ReferenceEqualityComparer.Instance);
        foreach (var essay in essays.Where(e => e.TranslationOf is not null).OrderBy(e => e.Source.RelativePath, StringComparer.Ordinal))
        {
            if (Original(essay, byPath, diagnostics) is { } original)
            {
                if (!groups.TryGetValue(original, out var members))
                {
                    groups[original] = members = [original];
                }

                AddIfOwnLanguage(essay, members, siteLanguage, diagnostics);
            }
        }

        // A preview keeps an unchanged essay's page between builds: every page is set, none left as it was.
        var published = pages.ToDictionary(p => p.Essay, p => p, (IEqualityComparer<Essay>)ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            page.Translations = null;
        }

        foreach (var members in groups.Values)
        {
            var versions = members.Where(published.ContainsKey)
                .Select(e => new TranslationVersion(e, e.LanguageOr(siteLanguage)))
                .OrderBy(v => v.Language, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Language, StringComparer.Ordinal)
                .ToList();
            if (versions.Count < 2)
            {
                continue;
            }

            var group = new TranslationGroup(versions, DefaultOf(versions, members[0], siteLanguage));
            foreach (var version in versions)
            {
                published[version.Essay].Translations = group;
            }
        }
    }

    private static Essay? Original(Essay essay, Dictionary<string, Essay> byPath, DiagnosticBag diagnostics)
    {
        var (written, at) = essay.TranslationOf!.Value;
        var path = LinkRewriter.ResolvePath(essay.Source.RelativePath, written);
        if (path is null || !byPath.TryGetValue(path, out var original))
        {
            var candidates = byPath.Keys.Where(p => p != essay.Source.RelativePath).Select(p => Relative(essay.Source.RelativePath, p));
            diagnostics.Report(at, DiagnosticCodes.UnknownTranslation,
                $"'translation_of: {written}' names no essay of the site{Suggest.DidYouMean(written, candidates)}");
            return null;
        }

        if (ReferenceEquals(original, essay))
        {
            diagnostics.Report(at, DiagnosticCodes.UnknownTranslation,
                $"'translation_of: {written}' names this essay itself; name the essay it translates");
            return null;
        }

        if (original.TranslationOf is { } further)
        {
            var root = LinkRewriter.ResolvePath(original.Source.RelativePath, further.Value);
            var hint = root is not null && byPath.ContainsKey(root) ? $"; name the original instead: `translation_of: {Relative(essay.Source.RelativePath, root)}`" : string.Empty;
            diagnostics.Report(at, DiagnosticCodes.TranslationOfTranslation,
                $"'{written}' is itself a translation (of '{further.Value}'){hint}");
            return null;
        }

        return original;
    }

    private static void AddIfOwnLanguage(Essay essay, List<Essay> members, string siteLanguage, DiagnosticBag diagnostics)
    {
        var language = essay.LanguageOr(siteLanguage);
        if (members.FirstOrDefault(m => string.Equals(m.LanguageOr(siteLanguage), language, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            var which = ReferenceEquals(same, members[0]) ? "its original" : "another translation of it";
            var implicitLanguage = essay.Language is null ? $" (the site's language: the essay has no `lang`)" : string.Empty;
            diagnostics.Report(essay.TranslationOf!.Value.At, DiagnosticCodes.TranslationLanguageClash,
                $"this essay and {which}, '{same.Source.DisplayPath}', are both in '{language}'{implicitLanguage}; give the translation its own `lang`");
            return;
        }

        members.Add(essay);
    }

    private static Essay DefaultOf(List<TranslationVersion> versions, Essay original, string siteLanguage) =>
        versions.FirstOrDefault(v => string.Equals(v.Language, siteLanguage, StringComparison.OrdinalIgnoreCase))?.Essay
        ?? versions.FirstOrDefault(v => ReferenceEquals(v.Essay, original))?.Essay
        ?? versions[0].Essay;

    /// <summary>How <paramref name="from"/> would name <paramref name="target"/> (both content-relative paths).</summary>
    private static string Relative(string from, string target)
    {
        var folder = Path.GetDirectoryName(from)?.Replace('\\', '/') ?? string.Empty;
        return Path.GetRelativePath(folder.Length == 0 ? "." : folder, target).Replace('\\', '/');
    }
}
