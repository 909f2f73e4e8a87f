using Alliances.Site.Rendering.Search;

namespace Alliances.Site.Tests.Search;

/// <summary>What a reader types finds what the essays say: the folding the index and search.js share.</summary>
public sealed class SearchFoldingTests
{
    /// <summary>The samples both sides must agree on (<see cref="SearchAgreementTests"/> runs them through search.js too).</summary>
    public static readonly (string Text, string[] Terms)[] Samples =
    [
        ("İslam İşbirliği Teşkilatı", ["islam", "isbirligi", "teskilati"]),
        ("ISLAM islam Islam ıslam", ["islam", "islam", "islam", "islam"]),
        ("Türkiye, Çağrı, Ümmet, Güneş", ["turkiye", "cagri", "ummet", "gunes"]),
        ("Straße STRASSE", ["strasse", "strasse"]),
        ("Kerjasama pertahanan Malaysia–Indonésia", ["kerjasama", "pertahanan", "malaysia", "indonesia"]),
        ("تُعدّ", ["تعد"]),
        ("تعد عدة", ["تعد", "عده"]),
        ("الأمن أمن الامن", ["امن", "امن", "امن"]),
        ("إسلام آسيا ٱلله", ["اسلام", "اسيا", "له"]),
        ("مصطفى مصطفي", ["مصطفي", "مصطفي"]),
        ("التعاونــــــي", ["تعاوني"]),
        ("مُنَظَّمَةُ التَّعَاوُنِ الإِسْلَامِيِّ", ["منظمه", "تعاون", "اسلامي"]),
        ("پاکستان پاكستان", ["پاكستان", "پاكستان"]),
        ("ایران ايران", ["ايران", "ايران"]),
        ("می‌خواهم", ["ميخواهم"]),
        ("پاکستانی ہتھیار دفاعے", ["پاكستاني", "هتهيار", "دفاعي"]),
        ("٥٧ دولة ۱۹۴۷", ["57", "دوله", "1947"]),
        ("ﻻ ﷲ", ["لا", "له"]),
        ("U.S. forces and the U.K.", ["us", "forces", "uk"]),
        ("Mr.Smith 1.5 e.g.", ["mr", "smith", "eg"]),
        ("The Counter-Terrorism of NATO, in 2024: État!", ["counter", "terrorism", "nato", "2024", "etat"]),
        ("ﬁnance ＡＢＣ", ["finance", "abc"]),
        ("Ελληνική ΆΘΗΝΑ", ["ελληνικη", "αθηνα"]),
        ("मंत्रालय सुरक्षा", ["मंत्रालय", "सुरक्षा"]),
    ];

    [Fact]
    public void Every_sample_folds_to_the_terms_a_reader_of_its_language_would_type()
    {
        Assert.All(Samples, sample => Assert.Equal(sample.Terms, SearchTokenizer.Terms(sample.Text)));
    }

    [Fact]
    public void A_query_typed_without_marks_or_article_matches_the_essay_text()
    {
        Assert.Contains(SearchTokenizer.Terms("İslam")[0], SearchTokenizer.Terms("İslam İşbirliği"));
        Assert.Equal(SearchTokenizer.Terms("تعد"), SearchTokenizer.Terms("تُعدّ"));
        Assert.NotEqual(SearchTokenizer.Terms("تُعدّ"), SearchTokenizer.Terms("عدة"));
        Assert.Equal(SearchTokenizer.Terms("أمن"), SearchTokenizer.Terms("الأمن"));
        Assert.Equal(SearchTokenizer.Terms("US"), SearchTokenizer.Terms("U.S."));
    }

    [Fact]
    public void Upper_case_letters_fold_as_their_lower_case()
    {
        for (var c = 'À'; c <= 'ɏ'; c++)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower != c && c != 'İ')
            {
                Assert.Equal(SearchTokenizer.Terms("a" + lower + "b"), SearchTokenizer.Terms("a" + c + "b"));
            }
        }
    }

    [Fact]
    public void Marks_and_joiners_stay_inside_the_word_they_are_in()
    {
        Assert.Equal(["defense"], SearchTokenizer.Terms("defen\u00ADse"));
        Assert.Equal(["cafe"], SearchTokenizer.Terms("cafe\u0301"));
        Assert.Equal(["ميخواهم"], SearchTokenizer.Terms("می\u200Cخواهم"));
    }

    [Fact]
    public void Terms_longer_than_the_limit_or_shorter_than_two_are_left_out()
    {
        Assert.Empty(SearchTokenizer.Terms("a ß" + new string('x', 41)));
        Assert.Equal(["ss"], SearchTokenizer.Terms("ß"));
        Assert.Equal([new string('x', 40)], SearchTokenizer.Terms(new string('x', 40)));
    }
}
