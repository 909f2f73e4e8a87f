using Alliances.Site.Rendering.Search;

namespace Alliances.Site.Tests.Rendering;

/// <summary>The ranking is the same however many workers count the postings.</summary>
public class SearchPostingsTests
{
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
