package org.palpate.curriculum.gift;

import org.palpate.curriculum.Problem;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.Severity;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What {@link GiftImporter#importFile} reports. */
public final class GiftImport {

    private GiftImport() {
    }

    /**
     * A finding about one GIFT item, {@code FILE:LINE: message}. ERROR: the item was not imported. WARNING: it
     * was imported, but something was changed or left out (the message says what).
     */
    public record Issue(Severity severity, String file, int line, String message) {

        public String format() {
            return file + ":" + line + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
        }

        @Override
        public String toString() {
            return format();
        }
    }

    /**
     * @param written            true when the questions are in the curriculum now; false when nothing was changed
     * @param failure            why nothing was written (null when {@code written}, or when there was nothing to
     *                           import)
     * @param moduleCreated      the module folder was created by this import
     * @param counts             imported questions per type
     * @param createdIds         ids of the imported questions, in file order
     * @param newTopics          ids of topics added to module.yaml
     * @param changedFiles       files written or created (empty when nothing was written or it was undone)
     * @param skipped            GIFT questions that were not imported (each has an ERROR issue)
     * @param alreadyThere       GIFT questions left out because the module already holds the same question (each
     *                           has a WARNING issue naming it)
     * @param issues             findings about the GIFT file, by line
     * @param curriculumProblems errors of the curriculum (before the import, or after writing, in which case every
     *                           file was restored) and warnings about the changed files after a successful import
     * @param notes              what the instructor should do next, e.g. add the module to the exam blueprint
     */
    public record Result(boolean written, String failure, boolean moduleCreated, Map<QuestionType, Integer> counts,
                         List<String> createdIds, List<String> newTopics, List<Path> changedFiles, int skipped,
                         int alreadyThere, List<Issue> issues, List<Problem> curriculumProblems, List<String> notes) {

        public Result {
            counts = Collections.unmodifiableMap(counts.isEmpty() ? Map.of() : new EnumMap<>(counts));
            createdIds = List.copyOf(createdIds);
            newTopics = List.copyOf(newTopics);
            changedFiles = List.copyOf(changedFiles);
            issues = List.copyOf(issues);
            curriculumProblems = List.copyOf(curriculumProblems);
            notes = List.copyOf(notes);
        }

        public int imported() {
            return createdIds.size();
        }

        public List<Issue> errors() {
            return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
        }

        public List<Issue> warnings() {
            return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
        }
    }
}
