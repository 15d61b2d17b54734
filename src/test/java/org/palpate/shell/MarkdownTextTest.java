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
        String wide = "word ".repeat(20).strip();
        String text = MarkdownText.render("| Muscle | Referral | Note |\n|---|---|---|\n| Upper trapezius | " + wide + " | common |\n");
        assertThat(text).startsWith("- Upper trapezius: word word").contains("Note: common").doesNotContain("|");
    }
}
