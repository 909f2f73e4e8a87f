using Alliances.Site.Scratch;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Alliances.Site.Markdown;

/// <summary>
/// Every block and inline below a node, in the order Markdig's <c>Descendants()</c> gives them (each
/// node before its children, a leaf block's inlines right after it), without allocating: an essay is
/// walked several times while it loads, and each <c>Descendants()</c> made an iterator and a stack
/// that grew as it went. The walker's stack is rented (<see cref="ThreadScratch{T}"/>) and kept from walk to walk.
/// </summary>
/// <remarks>A walk must not change the tree's shape; setting properties of the nodes is fine.</remarks>
internal struct TreeWalk : IDisposable
{
    private readonly Stack<(MarkdownObject Node, bool Yield)> _stack;

    private TreeWalk(MarkdownObject root)
    {
        // A walk started inside another on the same thread gets a stack of its own.
        _stack = ThreadScratch<Stack<(MarkdownObject Node, bool Yield)>>.Rent();
        _stack.Clear();
        _stack.Push((root, false));
        Current = root;
    }

    public MarkdownObject Current { get; private set; }

    public static TreeWalk Below(MarkdownObject root) => new(root);

    public readonly TreeWalk GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_stack.TryPop(out var top))
        {
            Expand(top.Node);
            if (top.Yield)
            {
                Current = top.Node;
                return true;
            }
        }

        return false;
    }

    public readonly void Dispose()
    {
        _stack.Clear();
        ThreadScratch<Stack<(MarkdownObject Node, bool Yield)>>.Return(_stack);
    }

    /// <summary>Queues the node's children, first on top; a leaf block's inline container is walked but not given.</summary>
    private readonly void Expand(MarkdownObject node)
    {
        switch (node)
        {
            case ContainerBlock container:
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    _stack.Push((container[i], true));
                }

                break;
            case LeafBlock { Inline: { } inline }:
                _stack.Push((inline, false));
                break;
            case ContainerInline container:
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                {
                    _stack.Push((child, true));
                }

                break;
        }
    }
}
