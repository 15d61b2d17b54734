package org.palpate.progress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The reports escape by construction: {@link Html} is the only way text reaches a page, and no report class writes
 * markup any other way.
 */
class HtmlTest {

    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> & 'q'";

    @Test
    void textIsEscapedInContentAndInAttributes() {
        Html page = Html.of().el("td", HOSTILE, "title", HOSTILE);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;q&#39;";
        assertThat(page).hasToString("<td title=\"" + escaped + "\">" + escaped + "</td>");
    }

    @Test
    void controlCharactersBecomeTheReplacementCharacter() {
        assertThat(Html.of("a\u0000b\u001bc\nd\te")).hasToString("a\uFFFDb\uFFFDc\nd\te");
    }

    @Test
    void numbersAreFormattedByTheBuilder() {
        assertThat(Html.of().empty("rect", "x", 1.25, "y", 3, "width", 7L, "rx", null).text(42))
                .hasToString("<rect x=\"1.3\" y=\"3\" width=\"7\"/>42");
    }

    @Test
    void noStringCanBecomeATagAnAttributeOrAnEntity() {
        assertThatThrownBy(() -> Html.of().open("td onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of().close("td><script")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of().open("td", "x\"><script>", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of().entity("lt;<script>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of().open("td", "class")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of().open("td", "data", new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStyleSheetCannotCloseItsElement() {
        assertThatThrownBy(() -> Html.of().css("td {} </style><script>")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Html.of().css(ReportPage.CSS)).hasToString(ReportPage.CSS);
    }

    @Test
    void fragmentsNestWithoutBeingEscapedTwice() {
        assertThat(Html.of().el("b", Html.of("a & b"))).hasToString("<b>a &amp; b</b>");
    }

    @Test
    void noReportClassWritesMarkupBesideTheBuilder() {
        JavaClasses progress = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.palpate.progress");
        DescribedPredicate<JavaClass> buildsHtml = DescribedPredicate.describe("build HTML", c -> !c.getName().equals(Html.class.getName())
                && c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().getName().equals(Html.class.getName())));
        noClasses().that(buildsHtml)
                .should().accessClassesThat().belongToAnyOf(StringBuilder.class, StringBuffer.class, java.io.Writer.class)
                .because("page text goes through Html, which escapes it; a StringBuilder beside it is where an esc() call gets forgotten")
                .check(progress);
    }
}
