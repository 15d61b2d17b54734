package org.palpate.curriculum.gift;

import java.nio.file.Files;
import java.nio.file.Path;

import org.palpate.UserException;
import org.palpate.curriculum.CurriculumService;
import org.palpate.curriculum.Ids;
import org.springframework.stereotype.Service;

/**
 * Moodle GIFT banks in and out of the curriculum in use. It lives here, beside the converter, so that the curriculum
 * package never depends on GIFT (ArchitectureTest forbids package cycles).
 */
@Service
public class GiftService {

    private final CurriculumService curricula;

    GiftService(CurriculumService curricula) {
        this.curricula = curricula;
    }

    /** Imports a Moodle GIFT bank into module {@code moduleId} (created if new), then uses the curriculum with it. */
    public GiftImport.Result importGift(Path giftFile, String moduleId) {
        Path folder = curricula.editableFolder("import into it");
        if (!Files.isRegularFile(giftFile)) {
            throw new UserException("no such file: " + giftFile);
        }
        if (moduleId == null || !Ids.PATTERN.matcher(moduleId).matches()) {
            throw new UserException("a module id may contain only lowercase letters, digits and single hyphens");
        }
        GiftImport.Result result = new GiftImporter().importFile(folder, moduleId, giftFile);
        if (result.written()) {
            curricula.reload();
        }
        return result;
    }

    public GiftExport exportGift(String moduleId) {
        return new GiftExporter().export(curricula.module(moduleId));
    }
}
