namespace Alliances.Site.Rendering.ViewModels;

/// <summary>`essay.cite`: the essay's reference as plain text in each style <see cref="Metadata.Citation"/> writes.</summary>
internal sealed record EssayCitation(string Apa, string Chicago, string Bibtex) : ViewModel
{
    private static readonly ViewMembers<EssayCitation> Table = new()
    {
        ["apa"] = m => m.Apa,
        ["chicago"] = m => m.Chicago,
        ["bibtex"] = m => m.Bibtex,
    };

    protected override ViewMembers Members => Table;
}
