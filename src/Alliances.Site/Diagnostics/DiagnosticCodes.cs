namespace Alliances.Site.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report, in one place. The ids are a contract: editors,
/// scripts and docs/diagnostics.md refer to them, so a code is never renumbered or reused.
/// </summary>
public static class DiagnosticCodes
{
    // Files and front-matter.
    public static readonly DiagnosticCode FileUnreadable = new("ALL100", Severity.Error,
        "A file or folder could not be read.", "Check that the path exists and is readable.");
    public static readonly DiagnosticCode YamlSyntax = new("ALL101", Severity.Error,
        "The front-matter is not valid YAML.", "Fix the YAML at the given line; quote values that contain `:` or `#`.");
    public static readonly DiagnosticCode MissingField = new("ALL102", Severity.Error,
        "A required front-matter field is missing or empty.", "Add the field named in the message.");
    public static readonly DiagnosticCode InvalidValue = new("ALL103", Severity.Error,
        "A front-matter field has the wrong type or an invalid value.", "Use the type and format the message names (dates are YYYY-MM-DD, lists use `[a, b]`).");
    public static readonly DiagnosticCode UnknownField = new("ALL104", Severity.Warning,
        "A front-matter key is not one the generator knows.", "Remove it or fix its spelling; the message suggests the nearest known key.");
    public static readonly DiagnosticCode UnknownTopic = new("ALL105", Severity.Error,
        "An essay names a topic that has no file in content/topics/.", "Use one of the known topic slugs (or an alias); the message suggests the nearest.");
    public static readonly DiagnosticCode DuplicateKey = new("ALL106", Severity.Error,
        "A front-matter key appears twice.", "Keep one of the two entries.");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("ALL107", Severity.Error,
        "The front-matter opened with `---` is never closed.", "Add a line with `---` after the last front-matter field.");
    public static readonly DiagnosticCode EmptyFile = new("ALL108", Severity.Error,
        "The file is empty or has no body.", "Write the essay's text below the front-matter.");
    public static readonly DiagnosticCode YamlNotAllowed = new("ALL109", Severity.Error,
        "The front-matter uses a YAML feature that is not allowed (anchors, aliases, tags, deep nesting).", "Write plain values: strings, dates, lists and simple mappings.");
    public static readonly DiagnosticCode FileTooLarge = new("ALL110", Severity.Error,
        "The file is larger than the generator accepts.", "Split the essay or shorten it; the limit is in the message.");
    public static readonly DiagnosticCode InvalidSlug = new("ALL111", Severity.Error,
        "A slug (from the file name or the `slug` field) is not what the slug rule makes of it.", "Rename the file as the message suggests: lowercase letters (Latin ones without marks, other scripts as written), digits and single hyphens, e.g. `my-essay` (CONTRIBUTING.md, \"The essay file\").");
    public static readonly DiagnosticCode UrlCollision = new("ALL112", Severity.Error,
        "Two files would be published at the same URL.", "Rename one of the two files or give it another `slug`.");
    public static readonly DiagnosticCode ExtraH1 = new("ALL113", Severity.Error,
        "The essay body has a level-1 heading besides its title.", "Use `##` for sections: every page has exactly one h1, the title.");
    public static readonly DiagnosticCode TitleMismatch = new("ALL114", Severity.Warning,
        "The front-matter `title` differs from the body's leading `# ` heading.", "Make them equal, or remove one of them (the front-matter title is used).");
    public static readonly DiagnosticCode UnknownPassage = new("ALL115", Severity.Error,
        "`passages` names an anchor that is not a passage of this essay.", "Use the anchor of a `##`/`###` heading or of a bold lead-in; the message suggests the nearest.");
    public static readonly DiagnosticCode PassageTopicNotListed = new("ALL116", Severity.Error,
        "`passages` maps a topic that is not in the essay's `topics`.", "Add the topic to `topics` or remove its passages.");
    public static readonly DiagnosticCode SiteConfig = new("ALL117", Severity.Error,
        "content/site.yml is missing a field or has an invalid value.", "Fix the field named in the message.");
    public static readonly DiagnosticCode NoContent = new("ALL118", Severity.Error,
        "A required content folder or file is missing.", "Create it: content/site.yml, content/topics/ and content/essays/.");
    public static readonly DiagnosticCode LinksToDraft = new("ALL119", Severity.Error,
        "A published page links to a draft or a future essay, or a scheduled essay links to one that will not be published by its date.", "Remove the link or publish the target; a scheduled essay may link only to essays dated on or before its own date.");
    public static readonly DiagnosticCode NoGitHistory = new("ALL120", Severity.Warning,
        "An essay has no `updated` date and git history is not available (shallow clone).", "Fetch full history (`fetch-depth: 0`) or set `updated` in the front-matter.");
    public static readonly DiagnosticCode PlaceholderSummary = new("ALL121", Severity.Error,
        "An essay that is not a draft still has the placeholder summary written by `alliances new`.", "Write a one-sentence summary of the essay, or keep `draft: true` until you do.");
    public static readonly DiagnosticCode UnusedFile = new("ALL122", Severity.Warning,
        "A file in content/ is not used by the site: not an essay, a topic, or an image an essay shows.", "Do what the message says: rename it to `.md`, move it where the site reads it, show or remove the image, or list it under `ignore:` in content/site.yml.");
    public static readonly DiagnosticCode NotUtf8 = new("ALL123", Severity.Error,
        "A text file is not UTF-8 (often Latin-1 or Windows-1252, from an older editor).", "Save the file as UTF-8 (in most editors: Save As, encoding UTF-8); the message gives the line of the first character that is not.");
    public static readonly DiagnosticCode FrontMatterNotFirst = new("ALL124", Severity.Error,
        "The front-matter's opening `---` is not on the file's first line.", "Remove the blank lines above `---`: the front-matter must start the file.");
    public static readonly DiagnosticCode CommentCutValue = new("ALL125", Severity.Warning,
        "An unquoted ` #` in a title, summary or description started a YAML comment, and the words after it are lost.", "Put the value in quotes, as the message shows: `title: \"Five Eyes #1\"`.");

    // Translations.
    public static readonly DiagnosticCode UnknownTranslation = new("ALL140", Severity.Error,
        "`translation_of` names a file that is not an essay of the site (or the essay itself).", "Write the original essay's file name relative to this one, e.g. `translation_of: five-eyes.md`; the message suggests the nearest.");
    public static readonly DiagnosticCode TranslationLanguageClash = new("ALL141", Severity.Error,
        "A translation is in the same language as its original or as another translation of it.", "Set the translation's `lang` to its own language (e.g. `lang: ar`), or remove `translation_of` if it is a separate essay.");
    public static readonly DiagnosticCode TranslationOfTranslation = new("ALL142", Severity.Error,
        "`translation_of` names an essay that is itself a translation.", "Name the original instead, as the message says: every translation points at the one original.");

    public static readonly DiagnosticCode SymlinkRefused = new("ALL130", Severity.Error,
        "A symbolic link in content/ or templates/ points outside its folder, loops, or cannot be resolved.", "Replace the link by the file itself (or a link inside the same folder).");

    // Markdown and links.
    public static readonly DiagnosticCode BrokenFileLink = new("ALL201", Severity.Error,
        "A relative link points at a file that does not exist.", "Fix the path; links between essays are `other-essay.md`, to topics `../topics/slug.md`.");
    public static readonly DiagnosticCode BrokenAnchorLink = new("ALL202", Severity.Error,
        "A link points at a heading that does not exist in the target page.", "Use the anchor of an existing heading; the message suggests the nearest.");
    public static readonly DiagnosticCode UnsafeUrl = new("ALL203", Severity.Warning,
        "A link or image uses a scheme that can run code (javascript:, vbscript:, data:); it was removed.", "Link to an http(s) page or a relative file.");
    public static readonly DiagnosticCode RawHtml = new("ALL204", Severity.Warning,
        "Raw HTML in Markdown is shown as text, not rendered.", "Use Markdown instead of HTML.");
    public static readonly DiagnosticCode TooDeep = new("ALL205", Severity.Error,
        "The Markdown is too deeply nested to render safely, or a paragraph holds too many bare links to parse in reasonable time.", "Flatten the nested lists or quotes; put long runs of links in a list, one per item.");
    public static readonly DiagnosticCode LinkOutsideContent = new("ALL206", Severity.Error,
        "A relative link points outside the content folder or at a file that is not a page.", "Link to essays and topics only.");
    public static readonly DiagnosticCode OwnAddressLink = new("ALL207", Severity.Warning,
        "A link is written as the site's own address (its base_url) instead of relatively.", "Write the relative form the message gives (`other-essay.md`): it is checked, and works in previews and at a new address.");
    public static readonly DiagnosticCode OwnAddressNoPage = new("ALL208", Severity.Error,
        "A link to the site's own address names an essay or topic page that is not published.", "Fix the address, or better, link relatively (`other-essay.md`); the message suggests the nearest page.");
    public static readonly DiagnosticCode SpaceInLinkTarget = new("ALL209", Severity.Error,
        "A link's target has a space, so Markdown shows `[text](target)` as text instead of a link.", "Write the space as `%20`, or put the target in angle brackets: `[text](<my file.md>)`; the message gives both.");

    // Markdown attributes ({lang=… dir=…}).
    public static readonly DiagnosticCode UnsupportedAttribute = new("ALL220", Severity.Error,
        "A `{…}` attribute block sets something other than `lang` and `dir` (an id, a class or another attribute); it was not applied.", "Keep only `lang` and `dir`, e.g. `{lang=ar dir=rtl}`; headings get their anchors from their text.");
    public static readonly DiagnosticCode InvalidAttributeValue = new("ALL221", Severity.Error,
        "A `{lang=…}` is not a BCP 47 language tag, or a `{dir=…}` is not `rtl`, `ltr` or `auto`; it was not applied.", "Write a language code such as `{lang=ar}` or `{lang=en-GB}`, and `{dir=rtl}`, `{dir=ltr}` or `{dir=auto}`.");

    // Images.
    public static readonly DiagnosticCode ImageMissing = new("ALL210", Severity.Error,
        "An image points at a file that does not exist.", "Fix the file name (the message suggests the nearest image) or add the file beside the essay.");
    public static readonly DiagnosticCode ImageNoAlt = new("ALL211", Severity.Error,
        "An image has no description (alt text).", "Write what the image shows between the brackets, `![A map of the member states](map.png)`; for an image that only decorates, write `![decorative](border.png)`.");
    public static readonly DiagnosticCode ImageFormat = new("ALL212", Severity.Error,
        "An image is not a PNG, JPEG, WebP, GIF, AVIF or SVG file the site can publish, or is damaged.", "Export the image again as PNG, JPEG or WebP (or a well-formed SVG with a size).");
    public static readonly DiagnosticCode ImageTooLarge = new("ALL213", Severity.Error,
        "An image file is larger than the site accepts (10 MiB, 1 MiB for SVG, 50 megapixels).", "Save it smaller: a web image rarely needs more than 2,000 pixels across.");
    public static readonly DiagnosticCode UnsafeSvg = new("ALL214", Severity.Error,
        "An SVG carries script, an event handler, a foreignObject or a reference to another file or host.", "Remove it from the SVG (or export the drawing as PNG); an SVG opened directly would run it on the site.");
    public static readonly DiagnosticCode ImageElsewhere = new("ALL215", Severity.Error,
        "An image is not in the essay's folder or content/images/ (or is on another host).", "Save the image beside the essay (`content/essays/<slug>/index.md` with its images) or in content/images/, and write its file name.");

    // Templates.
    public static readonly DiagnosticCode MissingTemplate = new("ALL300", Severity.Error,
        "A template the generator needs is missing.", "Restore the file named in the message in templates/.");
    public static readonly DiagnosticCode TemplateError = new("ALL301", Severity.Error,
        "A template has a syntax error or failed while rendering.", "Fix the template at the given line and column.");
    public static readonly DiagnosticCode InterfaceStrings = new("ALL302", Severity.Error,
        "A file of interface strings (templates/i18n/*.yml) has a key, value or placeholder that does not match en.yml.", "Use the keys of en.yml, with the same kind of value and the same `{placeholders}`; the message names the difference.");
    public static readonly DiagnosticCode MissingStrings = new("ALL303", Severity.Warning,
        "Interface strings are missing for a language the content uses, or for some keys of one; English is shown instead.", "Add the file or the keys the message names, translated, to templates/i18n/.");

    // Output.
    public static readonly DiagnosticCode OutputRefused = new("ALL401", Severity.Error,
        "The output folder is not safe to replace.", "Choose a dedicated output folder such as `_site`.");
    public static readonly DiagnosticCode OutputFailed = new("ALL402", Severity.Error,
        "Writing the output failed; the previous site was left in place.", "Check disk space and permissions.");
    public static readonly DiagnosticCode OutputNotOurs = new("ALL403", Severity.Error,
        "The output folder holds files the generator did not write; it was left as it was.", "Move your files out of it, empty it, or build into another folder with `--output`.");

    // Internal.
    public static readonly DiagnosticCode InternalError = new("ALL999", Severity.Error,
        "The generator failed unexpectedly while processing this file; nothing was written.", "Report it with the file that triggers it; meanwhile simplify the part of the file the message names.");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        FileUnreadable, YamlSyntax, MissingField, InvalidValue, UnknownField, UnknownTopic, DuplicateKey,
        UnclosedFrontMatter, EmptyFile, YamlNotAllowed, FileTooLarge, InvalidSlug, UrlCollision, ExtraH1,
        TitleMismatch, UnknownPassage, PassageTopicNotListed, SiteConfig, NoContent, LinksToDraft, NoGitHistory,
        PlaceholderSummary, UnusedFile, NotUtf8, FrontMatterNotFirst, CommentCutValue, UnknownTranslation, TranslationLanguageClash, TranslationOfTranslation,
        BrokenFileLink, BrokenAnchorLink, UnsafeUrl, RawHtml, TooDeep, LinkOutsideContent, OwnAddressLink, OwnAddressNoPage, SpaceInLinkTarget,
        UnsupportedAttribute, InvalidAttributeValue,
        ImageMissing, ImageNoAlt, ImageFormat, ImageTooLarge, UnsafeSvg, ImageElsewhere,
        MissingTemplate, TemplateError, InterfaceStrings, MissingStrings,
        OutputRefused, OutputFailed, OutputNotOurs,
        SymlinkRefused, InternalError,
    ];
}
