using Alliances.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Alliances.Site.Loading.Yaml;

/// <summary>
/// Reads front-matter YAML through YamlDotNet's event parser into <see cref="YamlValue"/>s.
/// Anchors, aliases and tags are refused rather than expanded, and nesting is bounded, so a hostile
/// file cannot blow up memory or the stack; duplicate keys are errors.
/// </summary>
public static class YamlReader
{
    public const int MaxDepth = 32;

    /// <summary>Returns the root mapping, or null when the YAML is empty or unusable (diagnostics say why).</summary>
    public static YamlMapping? ReadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics) =>
        ReadMapping(yaml, path, firstLine, diagnostics, out _);

    /// <param name="failed">Whether an error was reported (as opposed to YAML that is simply empty).</param>
    public static YamlMapping? ReadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics, out bool failed)
    {
        var state = new State(path, firstLine, diagnostics);
        var mapping = Read(yaml, state);
        failed = state.Failed;
        return mapping;
    }

    private static YamlMapping? Read(string yaml, State state)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                state.Report(parser.Current?.Start, DiagnosticCodes.YamlNotAllowed, "front-matter must be a single YAML document");
                return null;
            }

            if (state.Failed || root is null)
            {
                return null;
            }

            if (root is YamlScalar { IsNull: true })
            {
                return null;
            }

            if (root is not YamlMapping mapping)
            {
                state.Report(root.Line, root.Column, DiagnosticCodes.YamlSyntax, $"front-matter must be a mapping of `key: value` lines, not {root.Describe()}");
                return null;
            }

            return mapping;
        }
        catch (YamlException e)
        {
            state.Report(e.Start, DiagnosticCodes.YamlSyntax, CleanMessage(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed input; the last
            // event it produced is the closest place we know.
            state.Report(state.LastMark, DiagnosticCodes.YamlSyntax, "invalid YAML near here; check for an unclosed `[`, `{` or quote");
            return null;
        }
        catch (AbortException)
        {
            return null;
        }
    }

    private static YamlValue? ReadNode(IParser parser, State state, int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of YAML");
        state.LastMark = current.End;
        if (current is AnchorAlias alias)
        {
            state.Report(alias.Start, DiagnosticCodes.YamlNotAllowed, "YAML aliases (`*name`) are not allowed in front-matter");
            throw new AbortException();
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                state.Report(node.Start, DiagnosticCodes.YamlNotAllowed, "YAML anchors (`&name`) are not allowed in front-matter");
                throw new AbortException();
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                state.Report(node.Start, DiagnosticCodes.YamlNotAllowed, $"YAML tags such as `{node.Tag.Value}` are not allowed in front-matter");
                throw new AbortException();
            }
        }

        if (depth > MaxDepth)
        {
            state.Report(current.Start, DiagnosticCodes.YamlNotAllowed, $"front-matter is nested deeper than {MaxDepth} levels");
            throw new AbortException();
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, state.Line(scalar.Start), State.Column(scalar.Start));
            case SequenceStart start:
                {
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, state, depth + 1)!);
                    }

                    return new YamlSequence(items, state.Line(start.Start), State.Column(start.Start));
                }

            case MappingStart start:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlValue>>();
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, state, depth + 1);
                        var value = ReadNode(parser, state, depth + 1)!;
                        if (keyNode is not YamlScalar key)
                        {
                            state.Report(keyNode!.Line, keyNode.Column, DiagnosticCodes.YamlNotAllowed, "front-matter keys must be plain words");
                            throw new AbortException();
                        }

                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            // Reported, but the rest of the mapping is still read: one duplicate should not hide every field.
                            state.Report(key.Line, key.Column, DiagnosticCodes.DuplicateKey, $"duplicate key '{key.Value}' (first given on line {first.Line})", fails: false);
                            continue;
                        }

                        seen.Add(key.Value, key);
                        entries.Add(new(key, value));
                    }

                    return new YamlMapping(entries, state.Line(start.Start), State.Column(start.Start));
                }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with its own 0-based "(Line: x, Col: y, Idx: z)" position; ours is already in front.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        message = close >= 0 ? message[(close + 3)..] : message;
        return "invalid YAML: " + message.TrimEnd('.').Trim();
    }

    private sealed class AbortException : Exception;

    private sealed class State(string path, int firstLine, DiagnosticBag diagnostics)
    {
        public bool Failed { get; private set; }

        public Mark? LastMark { get; set; }

        public int Line(Mark mark) => firstLine + (int)mark.Line - 1;

        public static int Column(Mark mark) => Math.Max(1, (int)mark.Column);

        public void Report(Mark? at, DiagnosticCode code, string message) =>
            Report(at is null ? firstLine : Line(at.Value), at is null ? 1 : Column(at.Value), code, message);

        public void Report(int line, int column, DiagnosticCode code, string message, bool fails = true)
        {
            Failed |= fails && code.Severity == Severity.Error;
            diagnostics.Report(new SourceLocation(path, line, column), code, message);
        }
    }
}
