using Alliances.Site.Incremental;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Incremental;

/// <summary>The preview and languages: bodies labelled in their language, translations, edits to the strings files.</summary>
public sealed class LanguageIncrementalTests
{
    private const string Original = "---\ntitle: Five Eyes\ndate: 2026-11-01\nsummary: An essay.\ntopics: [intelligence]\n---\n\nText.[^1]\n\n[^1]: A note.\n";
    private const string Arabic = "---\ntitle: العيون الخمس\ndate: 2026-11-02\nsummary: مقالة.\ntopics: [intelligence]\nlang: ar\ntranslation_of: five-eyes.md\n---\n\nنص.[^1]\n\n| أ | ب |\n|---|---|\n| ١ | ٢ |\n\n[^1]: حاشية.\n";

    [Fact]
    public void A_translated_essay_with_notes_and_a_table_previews_as_a_full_build_writes_it()
    {
        using var site = TempSite.WithFiles(("content/essays/five-eyes.md", Original), ("content/essays/five-eyes-ar.md", Arabic));
        var builder = new IncrementalBuilder(site.Options());

        var result = builder.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(">الحواشي<", site.ReadFile(result, "essays/five-eyes-ar/index.html"), StringComparison.Ordinal);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, result);
    }

    [Fact]
    public void Editing_a_languages_note_label_or_removing_a_translation_matches_a_full_build()
    {
        using var site = TempSite.WithFiles(("content/essays/five-eyes.md", Original), ("content/essays/five-eyes-ar.md", Arabic));
        var builder = new IncrementalBuilder(site.Options());
        builder.Build();

        Edit(site, builder, "templates/i18n/ar.yml", text => text.Replace("notes: الحواشي", "notes: الملاحظات", StringComparison.Ordinal));
        var result = builder.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(">الملاحظات<", site.ReadFile(result, "essays/five-eyes-ar/index.html"), StringComparison.Ordinal);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, result);

        Edit(site, builder, "content/essays/five-eyes-ar.md", text => text.Replace("translation_of: five-eyes.md\n", "", StringComparison.Ordinal));
        result = builder.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain("hreflang", site.ReadFile(result, "essays/five-eyes/index.html"), StringComparison.Ordinal);
        IncrementalBuilderTests.AssertSameAsFullBuild(site, result);
    }

    private static void Edit(TempSite site, IncrementalBuilder builder, string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(site.Root, relativePath);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        builder.Invalidate(path);
    }
}
