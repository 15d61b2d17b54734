package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.TestFiles;

/** A new module goes into program.yaml by editing its text: a CRLF file keeps CRLF and every byte it had. */
class CrlfProgramFileTest {

    private static final String BLOCK_LIST = "# our course\r\ntitle: Test course\r\nmodules:\r\n  - basics   # first\r\n"
            + "  - safety\r\n\r\nblueprint:\r\n  basics: 0.5\r\n  safety: 0.5\r\n";

    @Test
    void aNewModuleKeepsACrlfProgramFileByteForByte(@TempDir Path dir) throws Exception {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), dir);
        Path program = dir.resolve(CurriculumFiles.PROGRAM);
        Files.writeString(program, BLOCK_LIST, StandardCharsets.UTF_8);

        ModuleScaffold.Result result = ModuleScaffold.create(dir, "sports-massage", "Sports massage");

        assertThat(result.check().errors()).isEmpty();
        assertThat(Files.readString(program, StandardCharsets.UTF_8)).isEqualTo(BLOCK_LIST.replace("  - safety\r\n",
                "  - safety\r\n  - sports-massage\r\n"));
    }

    @Test
    void aFlowListGetsTheIdAfterItsLastEntryAndNothingElseMoves() {
        String crlf = "title: T\r\nmodules: [basics, safety]  # order matters\r\nblueprint: {basics: 1}\r\n";
        assertThat(YamlListEdit.append(crlf, "modules", List.of("new-one")))
                .contains(crlf.replace("safety]", "safety, new-one]"));
    }
}
