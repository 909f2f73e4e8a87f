namespace Alliances.Site.Markdown.Links;

/// <summary>
/// What a page's resolved links were decided from, recorded by <see cref="LinkRewriter"/> as it
/// resolves them: each content path it looked up and the target it found there (or none). The same
/// page with the same targets resolves to the same URLs and messages, so a cache of link results can
/// tell exactly when one is stale instead of relying on a list kept by hand.
/// </summary>
public sealed class LinkDependencies
{
    private readonly List<(string Path, LinkTarget? Target)> _lookups = [];

    /// <summary>A broken link's message suggests the nearest existing path, so it depends on every path.</summary>
    public bool OnEveryPath { get; private set; }

    internal void Looked(string path, LinkTarget? target) => _lookups.Add((path, target));

    internal void LookedAtEveryPath() => OnEveryPath = true;

    /// <summary>Whether any of <paramref name="paths"/> was looked up.</summary>
    public bool LookedAtAny(IReadOnlySet<string> paths)
    {
        foreach (var (path, _) in _lookups)
        {
            if (paths.Contains(path))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every target looked up is still the same (same page, URL and publication).</summary>
    /// <param name="samePaths">Whether the set of linkable paths is the one the links were resolved against.</param>
    public bool StillHold(IReadOnlyDictionary<string, LinkTarget> targets, bool samePaths)
    {
        if (OnEveryPath && !samePaths)
        {
            return false;
        }

        foreach (var (path, then) in _lookups)
        {
            if (!Equals(targets.GetValueOrDefault(path), then))
            {
                return false;
            }
        }

        return true;
    }
}
