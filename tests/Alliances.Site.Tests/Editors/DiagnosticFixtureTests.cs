using Alliances.Site.Diagnostics;

namespace Alliances.Site.Tests.Editors;

public sealed class DiagnosticFixtureTests
{
    /// <summary>
    /// Codes no content can produce: ALL999 is the catch-all for a bug in the generator itself, and is
    /// tested end to end by injecting a failure (Hostile/OutputSafetyTests). The test below fails if
    /// one of them gets a fixture, so the list cannot go stale.
    /// </summary>
    private static readonly HashSet<string> NotYetReported = ["ALL999"];

    public static TheoryData<string> Fixtures() => [.. DiagnosticsFixture.Names()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reports_exactly_its_expected_diagnostics(string name)
    {
        var fixture = new DiagnosticsFixture(name);

        var (actual, _) = fixture.Run();

        Assert.Equal(fixture.Expected(), actual);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_produces_the_code_it_is_named_after(string name)
    {
        var fixture = new DiagnosticsFixture(name);

        Assert.Contains(fixture.Expected(), line => line.EndsWith(" " + fixture.Code, StringComparison.Ordinal));
        Assert.Contains(DiagnosticCodes.All, c => c.Id == fixture.Code);
    }

    [Fact]
    public void Every_diagnostic_code_has_a_fixture()
    {
        var covered = DiagnosticsFixture.Names().Select(n => n[..6]).ToHashSet();

        var missing = DiagnosticCodes.All.Select(c => c.Id).Where(id => !covered.Contains(id) && !NotYetReported.Contains(id));

        Assert.Empty(missing);
        Assert.DoesNotContain(NotYetReported, covered.Contains);
    }

    [Fact]
    public void Diagnostic_codes_are_unique_and_well_formed()
    {
        var ids = DiagnosticCodes.All.Select(c => c.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(DiagnosticCodes.All, c =>
        {
            Assert.Matches("^ALL[1-9][0-9]{2}$", c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.Fix));
        });
    }
}
