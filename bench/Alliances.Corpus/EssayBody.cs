using System.Globalization;
using System.Text;

namespace Alliances.Corpus;

/// <summary>One synthetic essay's Markdown body: the constructs real essays use, in their proportions.</summary>
internal static class EssayBody
{
    public static void Append(StringBuilder markdown, SplitMix64 random, SeedText text, int index, string[] slugs, string[] titles,
        (string Slug, string Title)[] topics, string[] places)
    {
        var lead = random.Pick(text.Paragraphs);
        var footnote = false;
        var sections = random.Between(3, 5);
        var blocks = new StringBuilder();
        for (var s = 0; s < sections; s++)
        {
            blocks.Append(CultureInfo.InvariantCulture, $"## {random.Pick(text.Headings)} {s + 1}\n\n");
            for (var p = random.Between(1, 3); p > 0; p--)
            {
                blocks.Append(random.Pick(text.Paragraphs)).Append("\n\n");
            }

            if (s == 1)
            {
                var ordered = random.Chance(0.5);
                var items = random.Sample(text.Items, random.Between(2, 4));
                for (var k = 0; k < items.Count; k++)
                {
                    blocks.Append(ordered ? $"{k + 1}. " : "- ").Append(items[k]).Append('\n');
                }

                blocks.Append('\n');
            }
        }

        foreach (var j in OtherEssays(random, slugs.Length, index, random.Between(1, 3)))
        {
            blocks.Append(CultureInfo.InvariantCulture, $"See also [{titles[j]}]({slugs[j]}.md).\n\n");
        }

        var topic = random.Pick(topics);
        blocks.Append(CultureInfo.InvariantCulture, $"More on this in the [{topic.Title.ToLowerInvariant()}](../topics/{topic.Slug}.md) overview.\n\n");
        if (random.Chance(0.25))
        {
            blocks.Append("### Partners at a glance\n\n| Partner | Area | Since |\n|---|---|---|\n");
            for (var r = random.Between(2, 5); r > 0; r--)
            {
                blocks.Append(CultureInfo.InvariantCulture, $"| {random.Pick(places)} | {random.Pick(topics).Slug} | {random.Between(1950, 2025)} |\n");
            }

            blocks.Append('\n');
        }

        if (random.Chance(0.2))
        {
            footnote = true;
            blocks.Append("[^1]: A note on the sources of this essay.\n\n");
        }

        markdown.Append(lead).Append(footnote ? "[^1]" : "").Append("\n\n").Append(blocks);
    }

    /// <summary>Up to <paramref name="count"/> distinct essays other than <paramref name="self"/>, without listing all of them.</summary>
    private static List<int> OtherEssays(SplitMix64 random, int essays, int self, int count)
    {
        var picked = new List<int>(count);
        count = Math.Min(count, essays - 1);
        while (picked.Count < count)
        {
            var j = random.Between(0, essays - 2);
            j = j >= self ? j + 1 : j;
            if (!picked.Contains(j))
            {
                picked.Add(j);
            }
        }

        return picked;
    }
}
