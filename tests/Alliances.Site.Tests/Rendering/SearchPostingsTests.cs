using Alliances.Site.Rendering.Search;

namespace Alliances.Site.Tests.Rendering;

/// <summary>A term keeps its best postings: picking them by histogram must equal sorting them all and cutting.</summary>
public class SearchPostingsTests
{
    private static readonly Comparison<Posting> FullOrder = (x, y) =>
        y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Essay != y.Essay ? x.Essay.CompareTo(y.Essay) : x.Section.CompareTo(y.Section);

    [Theory]
    [InlineData(0, 50, 3)]
    [InlineData(1, 200, 5)]
    [InlineData(2, 201, 5)]
    [InlineData(3, 5_000, 40)]
    [InlineData(4, 20_000, 2_000)]
    [InlineData(5, 3_000, 1)]
    public void The_best_postings_are_those_a_full_sort_keeps(int seed, int count, int maxScore)
    {
        var random = new Random(seed);
        var postings = Enumerable.Range(0, count)
            .Select(i => new Posting(random.Next(count / 3 + 1), random.Next(10), 1 + random.Next(maxScore)))
            .ToArray();
        var expected = postings.ToArray();
        Array.Sort(expected, FullOrder);

        var best = SearchPostings.Best(postings.ToArray(), 200);

        Assert.Equal(expected.Take(200), best);
    }

    [Fact]
    public void Scores_too_spread_for_a_histogram_are_sorted_whole()
    {
        var postings = Enumerable.Range(0, 500).Select(i => new Posting(i, 0, (i * 7919 % 500) + (i == 3 ? 1 << 24 : 1))).ToArray();
        var expected = postings.ToArray();
        Array.Sort(expected, FullOrder);

        Assert.Equal(expected.Take(200), SearchPostings.Best(postings, 200));
    }

    [Fact]
    public void Ranking_in_chunks_across_workers_gives_the_index_of_one_worker()
    {
        var table = new SearchTermTable();
        var ids = Enumerable.Range(0, 300).Select(i => table.Id($"term{i}")).ToArray();
        var random = new Random(7);
        var essays = Enumerable.Range(0, 3_000).Select(_ => Enumerable.Range(0, 1 + random.Next(4)).Select(_ =>
        {
            var terms = ids.OrderBy(_ => random.Next()).Take(1 + random.Next(40)).ToArray();
            return new SectionTerms(20 + random.Next(400), terms, terms.Select(_ => 1 + random.Next(6)).ToArray());
        }).ToArray()).ToArray();

        var one = SearchPostings.Rank(essays, table, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var four = SearchPostings.Rank(essays, table, new ParallelOptions { MaxDegreeOfParallelism = 4 });

        Assert.Equal(300, one.Count);
        Assert.Equal(one.Select(t => t.Term), four.Select(t => t.Term));
        Assert.All(one.Zip(four), pair => Assert.Equal(pair.First.Postings, pair.Second.Postings));
    }
}
