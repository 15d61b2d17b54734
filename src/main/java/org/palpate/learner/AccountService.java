package org.palpate.learner;

import java.util.List;
import java.util.Optional;

import org.palpate.UserException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts, logins and roles. Passwords are kept only as BCrypt hashes and never printed. The first account is an
 * instructor; after that, only an instructor creates, removes or changes accounts.
 */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_NAME_LENGTH = 64;
    /** BCrypt uses only the first 72 bytes: a longer password would match any password with the same start. */
    static final int MAX_PASSWORD_BYTES = 72;
    /** Checked against when the name is unknown, so that a login takes as long whether the name exists or not. */
    private static final String NO_ACCOUNT_HASH = "$2a$10$hdD/x1pS7SShGAXhvhVbh.vMR5caV0k6SdrwqsbmUdNThaEELVmHu";

    private final LearnerRepository learners;
    private final LoginSessions sessions;
    private final LoginBackoff backoff;
    private final DatabaseLogins databaseLogins;
    /** Set on a lab machine of the school set-up: the connection is the login (null elsewhere). */
    private final LearnerConnections connections;
    private final Access access;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final TransactionTemplate transactions;

    AccountService(LearnerRepository learners, LoginSessions sessions, LoginBackoff backoff, Access access, DatabaseLogins databaseLogins,
            ObjectProvider<LearnerConnections> connections, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.learners = learners;
        this.sessions = sessions;
        this.backoff = backoff;
        this.access = access;
        this.databaseLogins = databaseLogins;
        this.connections = connections.getIfAvailable();
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
            if (databaseLogins.enabled()) {
                databaseLogins.add(cleanName, role, hash(password), password);
                return learners.findByName(cleanName).orElseThrow();
            }
            long id = learners.insert(cleanName, role, hash(password));
            return learners.findById(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new UserException("a learner named '" + cleanName + "' already exists");
        }
    }

    /**
     * On a lab machine of the school set-up, PostgreSQL checks the password; elsewhere Palpate does, in a transaction
     * that commits the failures even though the login fails, so that the back-off holds.
     */
    public Learner login(String name, char[] password) {
        if (connections != null) {
            return connectAs(name, password);
        }
        Object outcome = transactions.execute(status -> {
            try {
                return checkPassword(name, password);
            } catch (UserException failed) {
                return failed;
            }
        });
        if (outcome instanceof UserException failed) {
            throw failed;
        }
        return (Learner) outcome;
    }

    private Learner checkPassword(String name, char[] password) {
        if (learners.count() == 0) {
            throw new UserException("there are no accounts yet: create the first one, an instructor's, with 'learner add NAME'");
        }
        backoff.waitTurn(name);
        String hash = learners.passwordHash(name == null ? "" : name.strip()).orElse(null);
        // Same message, and the same BCrypt work, for an unknown name and a wrong password: do not reveal which names exist.
        boolean matches = password != null && tooLong(password) == null
                && encoder.matches(new String(password), hash == null ? NO_ACCOUNT_HASH : hash);
        if (hash == null || !matches) {
            backoff.failed(name);
            throw new UserException("wrong name or password");
        }
        backoff.succeeded(name);
        Learner learner = learners.findByName(name.strip()).orElseThrow();
        sessions.open(learner.id());
        return learner;
    }

    /** On a lab machine of the school set-up PostgreSQL checks the password: the connection opened is the login. */
    private Learner connectAs(String name, char[] password) {
        String clean = name == null ? "" : name.strip();
        connections.open(clean, password == null ? new char[0] : password);
        return learners.findByName(clean).orElseThrow(() -> {
            connections.close();
            return new UserException("'" + clean + "' is a database role but no Palpate account");
        });
    }

    @Transactional
    public void logout() {
        if (connections != null) {
            connections.close();
            return;
        }
        sessions.close();
    }

    /** Ends every login of the current learner, on every machine. */
    @Transactional
    public Learner logoutEverywhere() {
        Learner current = requireCurrent();
        if (connections != null) {
            connections.close(); // nothing is stored: the other machines' connections end with their processes
            return current;
        }
        sessions.closeAll(current.id());
        sessions.close();
        return current;
    }

    public Optional<Learner> current() {
        return access.current();
    }

    public Learner requireCurrent() {
        return access.requireCurrent();
    }

    /** Same as {@link Access#requireInstructor()}, where the rule lives. */
    public Learner requireInstructor() {
        return access.requireInstructor();
    }

    public boolean hasAccounts() {
        // a lab machine sees no account before its login: the accounts are made on the server
        return connections != null || learners.count() > 0;
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
        if (databaseLogins.enabled()) {
            databaseLogins.remove(learner.name());
            return learner;
        }
        keepAnInstructor(learner, Role.STUDENT);
        learners.delete(learner.id());
        return learner;
    }

    /** Your own password (given the current one), or (instructors) anyone's. */
    @Transactional
    public Learner changePassword(String name, char[] currentPassword, char[] password) {
        Learner current = requireCurrent();
        boolean own = name == null || name.isBlank() || name.strip().equals(current.name());
        if (!own) {
            requireInstructor(); // before looking the name up: a student learns nothing about which names exist
        }
        Learner learner = own ? current : existing(name);
        if (own && !currentPasswordRight(current, currentPassword)) {
            throw new UserException("the current password is wrong; nothing was changed");
        }
        if (databaseLogins.enabled()) {
            databaseLogins.changePassword(learner.name(), hash(password), password);
        } else {
            learners.updatePassword(learner.id(), hash(password));
        }
        if (connections != null) {
            return learner; // a lab machine's login is its connection, and it goes on
        }
        // whoever knew the old password may hold a login: every one ends (yours here is renewed)
        sessions.closeAll(learner.id());
        if (learner.id() == current.id()) {
            sessions.open(current.id());
        }
        return learner;
    }

    private boolean currentPasswordRight(Learner current, char[] currentPassword) {
        if (currentPassword == null) {
            return false;
        }
        if (connections != null) {
            try {
                connections.check(current.name(), currentPassword);
                return true;
            } catch (UserException wrong) {
                return false;
            }
        }
        return encoder.matches(new String(currentPassword), learners.passwordHash(current.name()).orElseThrow());
    }

    @Transactional
    public Learner changeRole(String name, Role role) {
        requireInstructor();
        Learner learner = existing(name);
        if (databaseLogins.enabled()) {
            databaseLogins.changeRole(learner.name(), role);
            return learners.findById(learner.id()).orElseThrow();
        }
        keepAnInstructor(learner, role);
        learners.updateRole(learner.id(), role);
        return learners.findById(learner.id()).orElseThrow();
    }

    /**
     * Runs inside the caller's transaction: the instructors' rows are locked first, so that two instructors demoting
     * each other at once are checked one after the other (the second then counts one instructor and is refused).
     */
    private void keepAnInstructor(Learner learner, Role newRole) {
        if (Access.isInstructor(learner) && newRole != Role.INSTRUCTOR) {
            learners.lockInstructors();
            if (learners.countInstructors() == 1) {
                throw new UserException(learner.name() + " is the only instructor; make someone else an instructor first");
            }
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
        String problem = tooLong(password);
        if (problem != null) {
            throw new UserException(problem);
        }
        return encoder.encode(new String(password));
    }

    private static String tooLong(char[] password) {
        int bytes = new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return bytes <= MAX_PASSWORD_BYTES ? null : "the password is " + bytes + " bytes long in UTF-8; BCrypt uses only the first "
                + MAX_PASSWORD_BYTES + ", so choose one of at most " + MAX_PASSWORD_BYTES + " bytes (about as many letters)";
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
