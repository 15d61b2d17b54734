package org.palpate.curriculum.gift;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files the importer writes or edits pass the JSON Schemas in {@code schemas/} that editors check curriculum
 * files with, so an instructor who opens them after an import sees no complaints.
 */
class GiftSchemaTest {

    private static final Path SCHEMAS = Path.of("schemas");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The editor's message keywords only change its wording; known as annotations, they are not reported. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialect.builder(Dialects.getDraft202012())
            .keywords(List.of("errorMessage", "patternErrorMessage").stream().map(AnnotationKeyword::new).toList())
            .build());

    @TempDir
    Path temp;

    @Test
    void filesWrittenByAnImportMatchTheEditorSchemas() {
        Path curriculum = GiftFixtures.shellCurriculum(temp);
        GiftImport.Result created = new GiftImporter().importFile(curriculum, "massage-foundations",
                GiftFixtures.resource("/gift/sample.gift"));
        GiftImport.Result appended = new GiftImporter().importFile(curriculum, "basics",
                GiftFixtures.write(temp.resolve("more.gift"), """
                        $CATEGORY: top/Pressure: how deep?

                        ::depth:: Pressure in Swedish massage is always firm. {F####It ranges from light to firm.}
                        """));
        assertThat(created.written()).as(GiftFixtures.dump(created)).isTrue();
        assertThat(appended.written()).as(GiftFixtures.dump(appended)).isTrue();

        assertValid("program.schema.json", curriculum.resolve("program.yaml"));
        for (String module : List.of("massage-foundations", "basics")) {
            assertValid("module.schema.json", curriculum.resolve(module).resolve("module.yaml"));
            assertValid("questions.schema.json", curriculum.resolve(module).resolve("questions.yaml"));
        }
    }

    private static void assertValid(String schemaFile, Path file) {
        Schema schema = REGISTRY.getSchema(JSON.readTree(GiftFixtures.read(SCHEMAS.resolve(schemaFile))));
        Object yaml = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                .loadFromString(GiftFixtures.read(file));
        JsonNode node = JSON.valueToTree(yaml);
        List<Error> errors = schema.validate(node);
        assertThat(errors).as("%s against %s", file, schemaFile).isEmpty();
    }
}
