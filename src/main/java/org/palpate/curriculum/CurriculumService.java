package org.palpate.curriculum;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.palpate.UserException;
import org.springframework.stereotype.Service;

/**
 * The curriculum in use. It is loaded on first use (commands that do not need it start faster) and replaced by
 * {@link #reload()} only when the new files are valid: a broken edit never takes the working curriculum away.
 */
@Service
public class CurriculumService {

    private final CurriculumLocation location;
    private final CurriculumLoader loader = new CurriculumLoader();
    private final AtomicReference<Curriculum> active = new AtomicReference<>();

    CurriculumService(CurriculumLocation location) {
        this.location = location;
    }

    public Curriculum current() {
        Curriculum curriculum = active.get();
        if (curriculum == null) {
            Path dir = location.resolve();
            LoadResult result = loader.load(dir);
            if (!result.ok()) {
                throw new UserException("the curriculum in " + dir + " has " + result.errors().size()
                        + " error(s); run 'curriculum validate' to see them");
            }
            active.compareAndSet(null, result.curriculum());
            curriculum = active.get();
        }
        return curriculum;
    }

    public LoadResult validate(Path dir) {
        return loader.load(dir == null ? location.resolve() : dir);
    }

    /** Loads the files again; the result's curriculum is in use only if it has no errors. */
    public LoadResult reload() {
        LoadResult result = loader.load(location.resolve());
        if (result.ok()) {
            active.set(result.curriculum());
        }
        return result;
    }

    public Path location() {
        return location.resolve();
    }

    public CourseModule module(String id) {
        return current().module(id).orElseThrow(() -> new UserException("no module '" + id + "'; modules are "
                + String.join(", ", current().program().moduleOrder())));
    }

    public Question question(String id) {
        return current().question(id).orElseThrow(() -> new UserException("no question '" + id + "'"));
    }
}
