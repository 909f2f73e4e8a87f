using Alliances.Site.Markdown;

namespace Alliances.Site.Tests.Loading;

/// <summary>The reading time's word count: runs of characters that char.IsWhiteSpace does not call white space.</summary>
public class WordCountTests
{
    [Fact]
    public void Every_character_splits_words_as_char_IsWhiteSpace_says()
    {
        for (var c = 0; c < 0x10000; c++)
        {
            var text = "a" + (char)c + "b";
            Assert.Equal(char.IsWhiteSpace((char)c) ? 2 : 1, MarkdownParser.Words(text));
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData(" one  two\tthree\nfour ", 4)]
    [InlineData("état\u00A0и\u2003日本", 3)]
    public void Counts_runs(string text, int words) => Assert.Equal(words, MarkdownParser.Words(text));

    [Fact]
    public void Random_text_counts_as_a_plain_loop_does()
    {
        var random = new Random(11);
        char[] alphabet = ['a', 'Z', '9', ' ', '\t', '\n', '\u00A0', '\u2003', 'é', '日', '\u0085', '\u001F', '.'];
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var letter = !char.IsWhiteSpace(c);
                expected += letter && !inWord ? 1 : 0;
                inWord = letter;
            }

            Assert.Equal(expected, MarkdownParser.Words(text));
        }
    }
}
