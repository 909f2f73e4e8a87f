using Alliances.Site.Text;

namespace Alliances.Site.Tests.Loading;

/// <summary>
/// The one rule for page slugs (<see cref="Slug.FromTitle"/>): `new` names files with it, and a file
/// name or `slug:` is accepted only if the rule leaves it as it is (<see cref="Slug.ProblemWith"/>).
/// </summary>
public sealed class SlugRuleTests
{
    [Theory]
    [InlineData("The Importance of International Alliances", "the-importance-of-international-alliances")]
    [InlineData("Über NATO", "uber-nato")]
    [InlineData("Pakistan's ties with Türkiye", "pakistans-ties-with-turkiye")]
    [InlineData("Pakistan’s ties", "pakistans-ties")]
    [InlineData("Turkey–Pakistan ties", "turkey-pakistan-ties")]
    [InlineData("Turkey — Pakistan", "turkey-pakistan")]
    [InlineData("a‐b‑c‒d―e−f﹣g－h", "a-b-c-d-e-f-g-h")]
    [InlineData("İslam İşbirliği Teşkilatı", "islam-isbirligi-teskilati")]
    [InlineData("Çağrı ve Güç", "cagri-ve-guc")]
    [InlineData("Straße der Allianz", "strasse-der-allianz")]
    [InlineData("Ørsted, Æbleø, Œuvre, Đakovo, Łódź", "orsted-aebleo-oeuvre-dakovo-lodz")]
    [InlineData("Ａｌｌｉａｎｃｅ ﬁnance", "alliance-finance")]
    [InlineData("Kerjasama Keselamatan Malaysia", "kerjasama-keselamatan-malaysia")]
    [InlineData("U.S. bases", "us-bases")]
    [InlineData("Lend-Lease: Arsenal of Democracy", "lend-lease-arsenal-of-democracy")]
    [InlineData("  Tabs\tand  spaces_and/slashes  ", "tabs-and-spaces-and-slashes")]
    public void Latin_titles_become_lowercase_ascii_with_marks_dropped_dashes_as_hyphens_and_apostrophes_gone(string title, string expected) =>
        Assert.Equal(expected, Slug.FromTitle(title));

    [Theory]
    [InlineData("الأمن المشترك", "الأمن-المشترك")]
    [InlineData("تُعدّ", "تعد")]
    [InlineData("الـأمن", "الأمن")]
    [InlineData("حلف ١٩٥٥", "حلف-١٩٥٥")]
    [InlineData("همکاری امنیتی ۱۴۰۲", "همکاری-امنیتی-۱۴۰۲")]
    [InlineData("پاکستان اور ترکی", "پاکستان-اور-ترکی")]
    [InlineData("ﻻ", "لا")]
    [InlineData("Ελληνική Συμμαχία", "ελληνική-συμμαχία")]
    [InlineData("Союз НАТО", "союз-нато")]
    [InlineData("联盟 2026", "联盟-2026")]
    public void Other_scripts_keep_their_letters_lowercased_where_the_script_has_case(string title, string expected) =>
        Assert.Equal(expected, Slug.FromTitle(title));

    [Theory]
    [InlineData("!!!")]
    [InlineData("🙂")]
    [InlineData("— – —")]
    public void A_title_without_letters_or_digits_gives_no_slug(string title) => Assert.Equal("", Slug.FromTitle(title));

    [Theory]
    [InlineData("الأمن-المشترك")]
    [InlineData("همکاری-امنیتی")]
    [InlineData("联盟")]
    [InlineData("pakistan-پاکستان")]
    [InlineData("nato-1949")]
    public void A_slug_the_rule_leaves_as_it_is_is_accepted(string slug) => Assert.Null(Slug.ProblemWith(slug));

    [Theory]
    [InlineData("Über-nato", "uber-nato")]
    [InlineData("über", "uber")]
    [InlineData("Союз", "союз")]
    [InlineData("turkey–pakistan", "turkey-pakistan")]
    [InlineData("تُعدّ", "تعد")]
    [InlineData("Bad_Name", "bad-name")]
    public void A_slug_the_rule_would_change_is_refused_with_what_the_rule_makes_of_it(string slug, string fixedSlug)
    {
        Assert.NotNull(Slug.ProblemWith(slug));
        Assert.EndsWith($"; try '{fixedSlug}'", Slug.ProblemAndFix(slug), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_longer_than_a_file_name_may_be_is_refused_and_a_long_title_is_cut_to_fit()
    {
        var chinese = string.Concat(Enumerable.Repeat("联盟", 40));
        Assert.NotNull(Slug.ProblemWith(chinese)); // 80 characters, 240 bytes
        var made = Slug.FromTitle(chinese);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(made) <= Slug.MaxBytes);
        Assert.Null(Slug.ProblemWith(made));
    }

    [Fact]
    public void A_decomposed_file_name_as_macos_gives_it_is_the_composed_slug()
    {
        const string decomposed = "\u0627\u0644\u0627\u0654\u0645\u0646"; // ال, ا and a combining hamza, من
        Assert.Equal("الأمن", Slug.FromFileName(decomposed));
        Assert.Null(Slug.ProblemWith(Slug.FromFileName(decomposed)));
    }

    /// <summary>ProblemWith checks an ASCII slug without running the rule; it must answer as the rule does.</summary>
    [Fact]
    public void An_ascii_slug_is_accepted_exactly_when_the_rule_leaves_it_as_it_is()
    {
        const string pool = "abz09-AZ_ .";
        var random = new Random(111);
        for (var i = 0; i < 20000; i++)
        {
            var slug = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => pool[random.Next(pool.Length)])]);
            Assert.True((Slug.ProblemWith(slug) is null) == (Slug.FromTitle(slug) == slug), $"'{slug}': {Slug.ProblemWith(slug)}");
        }
    }

    /// <summary>Whatever the title, the slug made of it is one the rule accepts as it is (or empty, or a name Windows reserves).</summary>
    [Fact]
    public void The_rule_leaves_its_own_slugs_as_they_are()
    {
        const string pool = "aZ09 -_/.'’–—‐ıİşğüößçøæœłđØÆŒŁĐǅﬁａ联🙂\t\u0301\u0308أإآاةىیکپچژگٹڈڑںےھـًٌٍَُِّْٰ١٩۱۹‌ΣσςАаЁё";
        var random = new Random(18);
        for (var i = 0; i < 5000; i++)
        {
            var title = new string([.. Enumerable.Range(0, random.Next(1, 160)).Select(_ => pool[random.Next(pool.Length)])]);
            var slug = Slug.FromTitle(title);
            Assert.True(Slug.FromTitle(slug) == slug, $"'{title}' gave '{slug}', which the rule makes '{Slug.FromTitle(slug)}'");
            Assert.True(slug.Length == 0 || Slug.ProblemWith(slug) is null or "is a reserved device name on Windows" || Slug.ProblemWith(slug)!.StartsWith("mixes", StringComparison.Ordinal),
                $"'{title}' gave '{slug}': {Slug.ProblemWith(slug)}");
        }
    }
}
