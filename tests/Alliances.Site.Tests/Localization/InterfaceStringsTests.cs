using Alliances.Site.Diagnostics;
using Alliances.Site.Localization;
using Alliances.Site.Tests.Support;

namespace Alliances.Site.Tests.Localization;

public sealed class InterfaceStringsTests
{
    private static InterfaceStrings Shipped(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return InterfaceStrings.Load(RepoPaths.Templates, "templates", diagnostics) ?? throw new InvalidOperationException("no strings");
    }

    [Fact]
    public void Every_shipped_language_has_exactly_the_keys_of_english_with_the_same_kinds_and_placeholders()
    {
        var strings = Shipped(out var diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["ar", "en", "fa", "ms", "tr", "ur"], strings.Languages.Order(StringComparer.Ordinal));
        var english = strings.For("en");
        foreach (var language in strings.Languages.Where(l => l != "en"))
        {
            var translated = strings.For(language);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
            foreach (var key in english.Keys)
            {
                Assert.Equal(english.Value(key)!.GetType(), translated.Value(key)!.GetType());
                Assert.Equal(english.Value(key)!.Placeholders.Order(StringComparer.Ordinal), translated.Value(key)!.Placeholders.Order(StringComparer.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("en", "21 November 2026")]
    [InlineData("ar", "21 نوفمبر 2026")]
    [InlineData("fa", "۲۱ نوامبر ۲۰۲۶")]
    [InlineData("ur", "21 نومبر 2026")]
    [InlineData("tr", "21 Kasım 2026")]
    [InlineData("ms", "21 November 2026")]
    [InlineData("tr-TR", "21 Kasım 2026")]
    public void Dates_are_written_from_the_strings_file_not_the_machines_culture(string language, string expected)
    {
        // The project runs with invariant globalization: no culture data could supply these.
        Assert.Equal(expected, Shipped(out _).For(language).DisplayDate(new DateOnly(2026, 11, 21)));
    }

    [Theory]
    [InlineData(0, "لا مقالات")]
    [InlineData(1, "مقالة واحدة")]
    [InlineData(2, "مقالتان")]
    [InlineData(3, "3 مقالات")]
    [InlineData(10, "10 مقالات")]
    [InlineData(11, "11 مقالة")]
    [InlineData(100, "100 مقالة")]
    [InlineData(103, "103 مقالات")]
    public void Arabic_counted_phrases_take_the_cldr_plural_form(int n, string expected) =>
        Assert.Equal(expected, Shipped(out _).For("ar").Format("essays", [n]));

    [Fact]
    public void Values_fill_the_placeholders_in_englishs_order_whatever_order_a_translation_uses()
    {
        var strings = Shipped(out _);

        // en: "{essays} on {topic_count}."; ur puts the topics first.
        Assert.Equal("3 essays on 4 topics.", strings.For("en").Format("site_counts", ["3 essays", "4 topics"]));
        Assert.Equal("4 موضوعات پر 3 مضامین۔", strings.For("ur").Format("site_counts", [strings.For("ur").Format("essays", [3]), strings.For("ur").Format("topic_count", [4])]));
        Assert.Equal("۱۲ مقاله", strings.For("fa").Format("essays", [12]));
        Assert.Equal("1 essay", strings.For("en").Format("essays", [1]));
    }

    [Fact]
    public void A_language_without_a_file_uses_its_primary_languages_file_or_english_with_one_warning()
    {
        var strings = Shipped(out _);
        var diagnostics = new DiagnosticBag();

        Assert.Equal("ar", strings.For("ar-EG", diagnostics).Language);
        Assert.Equal("en", strings.For("de", diagnostics).Language);
        Assert.Equal("en", strings.For("de-AT", diagnostics).Language);
        Assert.Equal("en", strings.For("de", diagnostics).Language);

        var warnings = diagnostics.Sorted();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("ALL303", w.Code));
        Assert.Equal("templates/i18n/de.yml", warnings[0].Path);
    }

    [Fact]
    public void A_translation_is_checked_against_english_key_by_key()
    {
        using var site = TempSite.Empty();
        site.Write("templates/i18n/en.yml", "home: Home\nessays:\n  one: \"{n} essay\"\n  other: \"{n} essays\"\nfeed_title: \"{title}: newest\"\n");
        site.Write("templates/i18n/xx.yml", "hom: Accueil\nessays: \"{n} essais\"\nfeed_title: \"{titre}: nouveaux\"\n");
        var diagnostics = new DiagnosticBag();

        var strings = InterfaceStrings.Load(site.Templates, "templates", diagnostics)!;

        var found = diagnostics.Sorted().Select(d => $"{d.Path}:{d.Line}:{d.Column} {d.Code}").ToList();
        Assert.Equal(
            [
                "templates/i18n/xx.yml:1:1 ALL303", // home missing (and so are the two refused ones)
                "templates/i18n/xx.yml:1:6 ALL302", // hom: not a key of English
                "templates/i18n/xx.yml:2:9 ALL302", // essays: a text where English has plural forms
                "templates/i18n/xx.yml:3:13 ALL302", // {titre} instead of {title}
            ], found);
        Assert.Equal("Home", strings.For("xx").Format("home", []));
        Assert.Equal("2 essays", strings.For("xx").Format("essays", [2]));
    }
}
