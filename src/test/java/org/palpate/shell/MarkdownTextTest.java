package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void headingsListsAndNarrowTablesReadAsText() {
        String text = MarkdownText.render("""
                # Strokes
                Effleurage *glides*.

                - one
                - two

                | Stroke | Use |
                |---|---|
                | Effleurage | Opening |
                | Tapotement | Stimulating |
                """);
        assertThat(text).contains("Strokes\n=======", "Effleurage glides.", "- one\n- two", "Stroke      Use",
                "Effleurage  Opening", "Tapotement  Stimulating").doesNotContain("|");
    }

    @Test
    void wideTablesBecomeOneLinePerRow() {
        String wide = "x".repeat(80);
        String text = MarkdownText.render("| Muscle | Referral | Note |\n|---|---|---|\n| Upper trapezius | " + wide + " | common |\n");
        assertThat(text).contains("- Upper trapezius: " + wide.substring(0, 20), "; Note: common").doesNotContain("|");
    }
}
