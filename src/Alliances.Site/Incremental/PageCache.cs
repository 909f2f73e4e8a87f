using System.Collections.Concurrent;
using Alliances.Site.Model;
using Alliances.Site.Output;
using Alliances.Site.Rendering;
using Alliances.Site.Rendering.Pages;
using Alliances.Site.Rendering.ViewModels;
using Scriban.Runtime;

namespace Alliances.Site.Incremental;

/// <summary>
/// The render phase's pages kept between the builds of a long-running preview, so that
/// <see cref="SiteRenderer"/> renders only pages whose inputs changed. A page is reused when
/// <list type="bullet">
/// <item>its model's inputs are the very objects of the last build (<see cref="PagePlan.Inputs"/>,
/// listed beside the model they feed, as <see cref="EssayModel.Inputs"/>) and nothing every page shares
/// changed; or else</item>
/// <item>its model, written out by <see cref="PageKeyWriter"/> with the hash of its templates, is
/// byte for byte the last build's.</item>
/// </list>
/// </summary>
/// <remarks>Used by one build at a time; within a build, from any thread.</remarks>
internal sealed class PageCache
{
    // Written once per page from every render worker. With a lock around one table, at 10,000 pages the
    // workers queued on it for longer than the pages took to check; many stripes and room for the last
    // build's pages keep them apart. Reads take no lock.
    private const int Stripes = 64;
    private ConcurrentDictionary<string, CachedPage> _pages = New(0);
    private ConcurrentDictionary<string, CachedPage> _next = New(0);
    private ConcurrentQueue<string> _rendered = new();
    private int _reused;
    private byte[]? _siteKey;
    private SiteConfig? _config;
    private AssetSet? _assets;
    private TemplateSet? _templates;
    private bool _sameSite;

    /// <summary>The hashes of the templates each page renders; replaced when the templates change.</summary>
    public TemplateDependencies Templates { get; set; } = TemplateDependencies.Load(string.Empty);

    /// <summary>The pages rendered by the last build, in no particular order.</summary>
    public IReadOnlyList<string> Rendered => [.. _rendered];

    /// <summary>How many pages the last build reused.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>
    /// Starts a build: notes whether what every page shares is the last build's: the `site` model
    /// (compared by value), and the config, the assets and the templates with their interface strings
    /// (the same objects: each is read again only when its files change).
    /// </summary>
    public void Begin(SiteModel siteModel, SiteConfig config, AssetSet assets, TemplateSet templates)
    {
        var writer = new PageKeyWriter();
        byte[] key = writer.Write(siteModel, Templates.HashFor("essay.html", SiteRenderer.Layout)) ? writer.Written.ToArray() : [];
        _sameSite = _siteKey is not null && key.Length > 0 && key.AsSpan().SequenceEqual(_siteKey)
            && ReferenceEquals(config, _config) && ReferenceEquals(assets, _assets) && ReferenceEquals(templates, _templates);
        (_siteKey, _config, _assets, _templates) = (key, config, assets, templates);
        _next = New(_pages.Count);
        _rendered = new();
        _reused = 0;
    }

    /// <summary>Hands the last build's page to <paramref name="sink"/> when its model's inputs are the same objects.</summary>
    public bool TryReuseUnchanged(PagePlan plan, ModelInputs inputs, OutputSink sink)
    {
        if (!_sameSite || !_pages.TryGetValue(plan.OutputPath, out var cached)
            || cached.Inputs is not { } before || !inputs.Match(before, plan.Inputs))
        {
            return false;
        }

        Keep(plan, cached, sink);
        return true;
    }

    /// <summary>Hands the last build's page to <paramref name="sink"/> when its model is the same; otherwise leaves its key in <paramref name="keys"/>.</summary>
    /// <param name="keyed">Whether the key could be written (a model holding a value the writer cannot describe is rendered every time).</param>
    public bool TryReuseSameModel(PagePlan plan, ScriptObject globals, PageKeyWriter keys, ModelInputs inputs, OutputSink sink, out bool keyed)
    {
        keyed = keys.Write(globals, Templates.HashFor(plan.Template, SiteRenderer.Layout));
        if (!keyed)
        {
            return false;
        }

        if (!_pages.TryGetValue(plan.OutputPath, out var cached) || !cached.Key.AsSpan().SequenceEqual(keys.Written))
        {
            return false;
        }

        Keep(plan, cached with { Inputs = inputs.Collect(plan.Inputs) }, sink);
        return true;
    }

    /// <summary>Hands a page just rendered to <paramref name="sink"/> and keeps it under the key <see cref="TryReuseSameModel"/> left in <paramref name="keys"/>, if it wrote one.</summary>
    public void Store(PagePlan plan, ReadOnlySpan<byte> html, PageKeyWriter keys, ModelInputs inputs, bool keyed, OutputSink sink)
    {
        var file = new OutputFile(plan.OutputPath, html.ToArray());
        sink.Add(file);
        _rendered.Enqueue(plan.OutputPath);

        if (!keyed)
        {
            // A model the key writer cannot describe: rendered at every build.
            return;
        }

        _next[plan.OutputPath] = new CachedPage(keys.Written.ToArray(), file, inputs.Collect(plan.Inputs));
    }

    /// <summary>Ends a build; a build that failed keeps nothing, so the next one compares with the last good one.</summary>
    public void End(bool succeeded)
    {
        if (succeeded)
        {
            _pages = _next;
        }
        else
        {
            _siteKey = null;
        }

        _next = New(0);
    }

    private void Keep(PagePlan plan, CachedPage page, OutputSink sink)
    {
        sink.Add(page.File);
        _next[plan.OutputPath] = page;
        Interlocked.Increment(ref _reused);
    }

    private static ConcurrentDictionary<string, CachedPage> New(int capacity) => new(Stripes, Math.Max(capacity, 31), StringComparer.Ordinal);

    private sealed record CachedPage(byte[] Key, OutputFile File, object?[]? Inputs);
}
