using Alliances.Site.Text;

namespace Alliances.Site.Tests.Loading;

public class SlugTests
{
    [Theory]
    [InlineData("The Importance of International Alliances", "the-importance-of-international-alliances")]
    [InlineData("Islamic Nations' Strategic Alliance Partnerships", "islamic-nations-strategic-alliance-partnerships")]
    [InlineData("The US-Islamic Nations Alliance", "the-us-islamic-nations-alliance")]
    [InlineData("Technological Exchange", "technological-exchange")]
    [InlineData("Role of Security Alliances in an Islamic Nation's Foreign Diplomatic Relations", "role-of-security-alliances-in-an-islamic-nations-foreign-diplomatic-relations")]
    [InlineData("  Café — déjà vu!  ", "café-déjà-vu")]
    [InlineData("A  /  B", "a-b")]
    public void Headings_become_github_style_anchors(string text, string expected) =>
        Assert.Equal(expected, Slug.FromText(text));

    [Theory]
    [InlineData("my-essay")]
    [InlineData("a1")]
    [InlineData("00042-alliances-in-the-gulf")]
    public void Safe_slugs_are_accepted(string slug) => Assert.Null(Slug.ProblemWith(slug));

    [Theory]
    [InlineData("")]
    [InlineData("../index")]
    [InlineData("a/b")]
    [InlineData("CON")]
    [InlineData("con")]
    [InlineData("lpt1")]
    [InlineData("My-Essay")]
    [InlineData("my--essay")]
    [InlineData("-essay")]
    [InlineData("essay-")]
    [InlineData("ess\u0430y")] // Cyrillic а: a look-alike of "essay".
    [InlineData("essay.html")]
    public void Unsafe_slugs_are_refused(string slug) => Assert.NotNull(Slug.ProblemWith(slug));

    [Fact]
    public void Overlong_slugs_are_refused() => Assert.NotNull(Slug.ProblemWith(new string('a', Slug.MaxLength + 1)));

    /// <summary>The buffered slug is the one the rules give, for short, long and over-long text of every kind of character.</summary>
    [Fact]
    public void Slugs_follow_the_rules_for_random_text()
    {
        var random = new Random(5);
        char[] alphabet = ['a', 'Z', '7', ' ', '-', '_', '\t', '/', '.', 'É', 'ß', '日', '\u0301', '!', '\u00A0'];
        for (var n = 0; n < 3000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, n % 10 == 0 ? 400 : 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(Expected(text), Slug.FromText(text));
        }
    }

    private static string Expected(string text)
    {
        var slug = new System.Text.StringBuilder();
        var hyphen = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || char.IsLetterOrDigit(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append(hyphen ? "-" : string.Empty).Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (c is ' ' or '-' or '_' or '\t' or '/' && slug.Length > 0)
            {
                hyphen = true;
            }
        }

        var made = slug.ToString();
        return made.Length > Slug.MaxLength ? made[..Slug.MaxLength].TrimEnd('-') : made;
    }
}
