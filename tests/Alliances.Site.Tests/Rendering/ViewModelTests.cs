using Alliances.Site.Incremental;
using Alliances.Site.Rendering;
using Alliances.Site.Rendering.ViewModels;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Alliances.Site.Tests.Rendering;

/// <summary>The typed view models as templates see them (see Rendering/ViewModels/ViewModel.cs) and as a page's key writes them.</summary>
public class ViewModelTests
{
    [Fact]
    public void A_topic_page_model_shows_its_topic_refs_members_and_its_own_by_their_snake_case_names()
    {
        var topic = new TopicModel(
            new TopicRef("ai", "Arms & intelligence", "Summary", "topics/ai/", 3),
            null,
            [],
            [new RelatedTopic(new TopicLink("naval", "Naval", "topics/naval/"), 2)]);

        var html = Render(
            "{{ topic.slug }}|{{ topic.title }}|{{ topic.essay_count }}|{{ topic.intro == null }}|{{ topic.essays.size }}|{{ for r in topic.related }}{{ r.path }}:{{ r.shared_count }}{{ end }}",
            new ScriptObject { ["topic"] = topic });

        Assert.Equal("ai|Arms &amp; intelligence|3|true|0|topics/naval/:2", html);
    }

    [Fact]
    public void A_member_the_model_does_not_have_is_a_template_error_as_a_misspelt_variable_is()
    {
        var globals = new ScriptObject { ["link"] = new PageLink("Home", "") };

        var error = Assert.Throws<ScriptRuntimeException>(() => Render("{{ link.summary }}", globals));

        Assert.Contains("summary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_cannot_change_a_model_that_other_pages_share()
    {
        var globals = new ScriptObject { ["link"] = new PageLink("Home", "") };

        Assert.Throws<ScriptRuntimeException>(() => Render("{{ link.title = \"changed\" }}", globals));
        Assert.Equal("Home", Render("{{ link.title }}", globals));
    }

    [Fact]
    public void Page_keys_are_equal_for_equal_models_and_differ_when_one_member_deep_in_a_typed_list_does()
    {
        var first = Key(translationTitle: "الأمن");
        var again = Key(translationTitle: "الأمن");
        var changed = Key(translationTitle: "الأمن الجماعي");

        Assert.Equal(first, again);
        Assert.NotEqual(first, changed);
    }

    /// <summary>The key of a home page listing one essay with one translation; false from the writer fails the test (the page would never be reused).</summary>
    private static byte[] Key(string translationTitle)
    {
        var card = new EssayCard("Security", "essays/security/", "2026-11-21", "21 November 2026", "Summary", 3, null)
        {
            Topics = [new TopicRef("ai", "AI", "S", "topics/ai/", 1)],
            Translations = [new TranslationLink("ar", "rtl", "العربية", translationTitle, "essays/amn/", "https://example.org/essays/amn/", false)],
        };
        var globals = new ScriptObject { ["home"] = new HomeModel(null, [], [card]) };
        var writer = new PageKeyWriter();

        Assert.True(writer.Write(globals, "templates"));
        return writer.Written.ToArray();
    }

    private static string Render(string text, ScriptObject globals)
    {
        var context = SiteRenderer.CreateContext();
        context.PushGlobal(globals);
        return Template.Parse(text).Render(context);
    }
}
