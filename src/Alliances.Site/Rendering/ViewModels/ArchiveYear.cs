using Scriban.Runtime;

namespace Alliances.Site.Rendering.ViewModels;

/// <summary>An item of `archive.years`: a year and its essays on the page, newest first.</summary>
internal sealed record ArchiveYear(string Year, ScriptArray<EssayCard> Essays) : ViewModel
{
    private static readonly ViewMembers<ArchiveYear> Table = new()
    {
        ["year"] = m => m.Year,
        ["essays"] = m => m.Essays,
    };

    protected override ViewMembers Members => Table;
}
