package org.palpate.learner;

import java.util.List;
import java.util.Optional;

import org.palpate.UserException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, logins and roles. Passwords are kept only as BCrypt hashes and never printed. The first account is an
 * instructor; after that, only an instructor creates, removes or changes accounts.
 */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_NAME_LENGTH = 64;

    private final LearnerRepository learners;
    private final LoginSessions sessions;
    private final LoginBackoff backoff;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    AccountService(LearnerRepository learners, LoginSessions sessions, LoginBackoff backoff) {
        this.learners = learners;
        this.sessions = sessions;
        this.backoff = backoff;
    }

    /**
     * Creates an account: the very first must be an instructor; later ones need an instructor logged in. Without a
     * role, the first account is an instructor's and every later one a student's.
     */
    @Transactional
    public Learner add(String name, Role requested, char[] password) {
        Role role = requested != null ? requested : learners.count() == 0 ? Role.INSTRUCTOR : Role.STUDENT;
        if (learners.count() == 0) {
            if (role != Role.INSTRUCTOR) {
                throw new UserException("the first account must be an instructor: add it with --role instructor");
            }
        } else {
            requireInstructor();
        }
        String cleanName = validName(name);
        try {
            long id = learners.insert(cleanName, role, hash(password));
            return learners.findById(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new UserException("a learner named '" + cleanName + "' already exists");
        }
    }

    /** Failures are recorded even though the login fails (noRollbackFor), so that the back-off holds. */
    @Transactional(noRollbackFor = UserException.class)
    public Learner login(String name, char[] password) {
        if (learners.count() == 0) {
            throw new UserException("there are no accounts yet: create the first one, an instructor's, with 'learner add NAME'");
        }
        backoff.checkAllowed(name);
        String hash = learners.passwordHash(name == null ? "" : name.strip()).orElse(null);
        // Same message for an unknown name and a wrong password: do not reveal which names exist.
        if (hash == null || password == null || !encoder.matches(new String(password), hash)) {
            backoff.failed(name);
            throw new UserException("wrong name or password");
        }
        backoff.succeeded(name);
        Learner learner = learners.findByName(name.strip()).orElseThrow();
        sessions.open(learner.id());
        return learner;
    }

    @Transactional
    public void logout() {
        sessions.close();
    }

    public Optional<Learner> current() {
        return sessions.current().flatMap(learners::findById);
    }

    public Learner requireCurrent() {
        return current().orElseThrow(() -> new UserException("nobody is logged in: run 'login NAME' first"));
    }

    public Learner requireInstructor() {
        Learner current = requireCurrent();
        if (current.role() != Role.INSTRUCTOR) {
            throw new UserException("only instructors can do this");
        }
        return current;
    }

    public boolean hasAccounts() {
        return learners.count() > 0;
    }

    public List<Learner> all() {
        requireInstructor();
        return learners.findAll();
    }

    /** Removes an account with all its reviews, cards and quizzes. The last instructor cannot be removed. */
    @Transactional
    public Learner remove(String name) {
        requireInstructor();
        Learner learner = existing(name);
        keepAnInstructor(learner, Role.STUDENT);
        learners.delete(learner.id());
        return learner;
    }

    /** Your own password (given the current one), or (instructors) anyone's. */
    @Transactional
    public Learner changePassword(String name, char[] currentPassword, char[] password) {
        Learner current = requireCurrent();
        Learner learner = name == null || name.isBlank() ? current : existing(name);
        if (learner.id() != current.id()) {
            requireInstructor();
        } else {
            String hash = learners.passwordHash(current.name()).orElseThrow();
            if (currentPassword == null || !encoder.matches(new String(currentPassword), hash)) {
                throw new UserException("the current password is wrong; nothing was changed");
            }
        }
        learners.updatePassword(learner.id(), hash(password));
        return learner;
    }

    @Transactional
    public Learner changeRole(String name, Role role) {
        requireInstructor();
        Learner learner = existing(name);
        keepAnInstructor(learner, role);
        learners.updateRole(learner.id(), role);
        return learners.findById(learner.id()).orElseThrow();
    }

    private void keepAnInstructor(Learner learner, Role newRole) {
        if (learner.role() == Role.INSTRUCTOR && newRole != Role.INSTRUCTOR && learners.countInstructors() == 1) {
            throw new UserException(learner.name() + " is the only instructor; make someone else an instructor first");
        }
    }

    private Learner existing(String name) {
        String clean = name == null ? "" : name.strip();
        return learners.findByName(clean).orElseThrow(() -> new UserException("no learner named '" + clean + "'"));
    }

    private String hash(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new UserException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return encoder.encode(new String(password));
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserException("the name is empty");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new UserException("the name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (clean.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new UserException("the name contains control characters; use letters, digits, spaces and punctuation");
        }
        return clean;
    }
}
