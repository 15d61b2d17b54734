package org.palpate.curriculum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.palpate.UserException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The curriculum in use. It is loaded on first use (commands that do not need it start faster) and replaced by
 * {@link #reload()} only when the new files are valid: a broken edit never takes the working curriculum away.
 */
@Service
public class CurriculumService {

    private final CurriculumLocation location;
    private final CurriculumLoader loader = new CurriculumLoader();
    /** Loads for use (not for validating): from a snapshot of the parsed files when they have not changed. */
    private final CurriculumSnapshots snapshots;
    private final AtomicReference<Curriculum> active = new AtomicReference<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    /** The reload stamp this process has seen: a newer one means another process reloaded the curriculum. */
    private volatile long seenReload = -1;

    private final PublishedCurricula published;
    /** The published version loaded last, and its curriculum. */
    private volatile GradedCurriculum graded;

    /** The curriculum graded work uses, and the published version it is (null: the local folder, none published). */
    public record GradedCurriculum(Curriculum curriculum, Long version) {

        /** Without drafts: what students are quizzed on. */
        public GradedCurriculum forStudents() {
            return new GradedCurriculum(curriculum.forStudents(), version);
        }

        public Question question(String id) {
            return curriculum.question(id).orElseThrow(() -> new UserException("no question '" + id
                    + "' in the curriculum graded against (retired?): run 'quiz finish'"));
        }

        public CourseModule module(String id) {
            return curriculum.module(id).orElseThrow(() -> new UserException("no module '" + id + "'; modules are "
                    + String.join(", ", curriculum.program().moduleOrder())));
        }
    }

    CurriculumService(CurriculumLocation location, PublishedCurricula published, @Value("${palpate.home}") Path home,
            @Value("${palpate.build:}") String build) {
        this.location = location;
        this.published = published;
        this.snapshots = new CurriculumSnapshots(loader, home, build);
    }

    /**
     * What study, quizzes and exams are graded against: the newest version an instructor published in the database
     * (see {@link #publish}), whatever folder this machine points at; the local curriculum only while none is
     * published (a laptop on its own).
     */
    public GradedCurriculum graded() {
        Optional<PublishedCurricula.Version> newest = published.newest();
        if (newest.isEmpty()) {
            return new GradedCurriculum(current(), null);
        }
        GradedCurriculum known = graded;
        if (known != null && known.version() == newest.get().number()) {
            return known;
        }
        LoadResult result = snapshots.load(published.folder(newest.get()));
        if (!result.ok()) {
            throw new UserException("the published curriculum (version " + newest.get().number() + ") does not load here: "
                    + result.errors().get(0).format() + "; ask an instructor to publish it again");
        }
        graded = new GradedCurriculum(result.curriculum(), newest.get().number());
        return graded;
    }

    /**
     * What students are quizzed and measured on: the graded curriculum without drafts. Progress and reports use it, so
     * a draft nobody can be asked never keeps a module from being mastered.
     */
    public Curriculum forStudents() {
        Curriculum graded = graded().curriculum();
        StudentView view = studentView;
        if (view == null || view.of() != graded) {
            // built once per curriculum version, not on every question of the answer path
            view = new StudentView(graded, graded.forStudents());
            studentView = view;
        }
        return view.curriculum();
    }

    /** The students' view of one graded curriculum, kept as a pair so that readers never mix two versions. */
    private record StudentView(Curriculum of, Curriculum curriculum) {
    }

    private volatile StudentView studentView;

    /** Publishes the curriculum folder in use (it must load without errors): every machine then grades against it. */
    public PublishedVersion publish(String by) {
        LoadResult result = loader.load(location.resolve());
        if (!result.ok()) {
            throw new UserException("the curriculum in " + location.resolve() + " has " + result.errors().size()
                    + " error(s); nothing was published (run 'curriculum validate')");
        }
        PublishedCurricula.Version version = published.publish(location.resolve(), by);
        return new PublishedVersion(version.number(), version.hash(), location.resolve(), result.curriculum().questions().size());
    }

    public record PublishedVersion(long number, String hash, Path from, int questions) {
    }

    public Curriculum current() {
        Curriculum curriculum = active.get();
        if (curriculum == null) {
            seenReload = stamp();
            Path dir = location.resolve();
            if (!Files.isDirectory(dir)) {
                throw new UserException("no curriculum folder " + dir);
            }
            LoadResult result = snapshots.load(dir);
            if (result.ok()) {
                location.keepAsLastGood(dir);
                active.compareAndSet(null, result.curriculum());
            } else {
                active.compareAndSet(null, lastGood(dir, result));
            }
            curriculum = active.get();
        }
        return curriculum;
    }

    /**
     * A broken edit must not stop learners: a new process uses the last curriculum that loaded (kept in PALPATE_HOME)
     * and says so once, on standard error, so the instructor sees it.
     */
    private Curriculum lastGood(Path dir, LoadResult broken) {
        String problem = "the curriculum in " + dir + " has " + broken.errors().size() + " error(s); run 'curriculum validate' to see them";
        LoadResult previous = location.lastGood().map(loader::load).orElse(null);
        if (previous == null || !previous.ok()) {
            throw new UserException(problem);
        }
        notices.add("warning: " + problem + "; using the last version that loaded, until it is fixed");
        return previous.curriculum();
    }

    /** Warnings for the person at the terminal, taken once. */
    public List<String> takeNotices() {
        List<String> taken = List.copyOf(notices);
        notices.clear();
        return taken;
    }

    public LoadResult validate(Path dir) {
        return loader.load(dir == null ? location.resolve() : dir);
    }

    /** Loads the files again; the result's curriculum is in use only if it has no errors. */
    public LoadResult reload() {
        LoadResult result = snapshots.parse(location.resolve());
        if (result.ok()) {
            location.keepAsLastGood(location.resolve());
            active.set(result.curriculum());
            try {
                Files.writeString(location.reloadStamp(), Instant.now().toString());
            } catch (IOException e) {
                // only other open shells miss the news; this one uses the new curriculum already
            }
            seenReload = stamp();
        }
        return result;
    }

    /**
     * A {@code curriculum reload} in another process on this PALPATE_HOME is picked up here too, before the next
     * question: the files are loaded again and used if they are valid (the curriculum in use stays otherwise).
     */
    public void pickUpReloads() {
        long stamp = stamp();
        if (active.get() != null && stamp > seenReload) {
            seenReload = stamp;
            LoadResult result = snapshots.load(location.resolve());
            if (result.ok()) {
                active.set(result.curriculum());
            }
        }
    }

    private long stamp() {
        try {
            return Files.getLastModifiedTime(location.reloadStamp()).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    public Path location() {
        return location.resolve();
    }

    /**
     * The curriculum folder in use, for a command that writes into it ({@code toDo} says what, for the message); the
     * copy bundled with Palpate is never written to.
     */
    public Path editableFolder(String toDo) {
        if (location.isBundled()) {
            throw new UserException("the curriculum in use is the copy bundled with Palpate; run from a folder with a "
                    + "curriculum/ folder, or give --curriculum DIR, to " + toDo);
        }
        return location.resolve();
    }

    /** Creates a new module from the scaffold in the curriculum folder in use; nothing is kept if it would not load. */
    public LoadResult newModule(String id, String title) {
        if (id == null || !Ids.PATTERN.matcher(id).matches()) {
            throw new UserException("a module id may contain only lowercase letters, digits and single hyphens, e.g. "
                    + "`sports-massage`");
        }
        Path dir = editableFolder("create modules");
        if (Files.exists(dir.resolve(id))) {
            throw new UserException(dir.resolve(id) + " already exists");
        }
        return ModuleScaffold.create(dir, id, title == null || title.isBlank() ? id : title.strip()).check();
    }

    public CourseModule module(String id) {
        return current().module(id).orElseThrow(() -> new UserException("no module '" + id + "'; modules are "
                + String.join(", ", current().program().moduleOrder())));
    }

    public Question question(String id) {
        return current().question(id).orElseThrow(() -> new UserException("no question '" + id + "'"));
    }
}
