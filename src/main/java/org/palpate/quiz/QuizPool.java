package org.palpate.quiz;

import java.util.List;

import org.palpate.UserException;
import org.palpate.curriculum.CourseModule;
import org.palpate.curriculum.Curriculum;
import org.palpate.curriculum.DidYouMean;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.Topic;

/** The questions a practice quiz draws from: a module, a topic, or both. */
final class QuizPool {

    private QuizPool() {
    }

    static List<Question> of(Curriculum curriculum, CourseModule module, String topicId) {
        List<Question> pool = module == null ? curriculum.questions() : module.questions();
        if (topicId == null) {
            return pool;
        }
        List<CourseModule> modules = module == null ? curriculum.modules() : List.of(module);
        List<CourseModule> having = modules.stream().filter(m -> m.topic(topicId).isPresent()).toList();
        if (having.isEmpty()) {
            List<String> known = modules.stream().flatMap(m -> m.topics().stream()).map(Topic::id).distinct().toList();
            throw new UserException("no topic '" + topicId + "'" + (module == null ? "" : " in module " + module.id())
                    + DidYouMean.suggest(topicId, known).map(s -> "; did you mean '" + s + "'?").orElse("")
                    + " ('curriculum list' shows the topics)");
        }
        if (having.size() > 1) {
            // a topic id is unique only within its module: mixing two modules' questions is never what was meant
            throw new UserException("topic '" + topicId + "' is in more than one module ("
                    + String.join(", ", having.stream().map(CourseModule::id).toList()) + "): add --module to say which");
        }
        String moduleId = having.get(0).id();
        return pool.stream().filter(q -> q.moduleId().equals(moduleId) && q.topic().equals(topicId)).toList();
    }
}
