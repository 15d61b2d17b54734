package org.palpate.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.H2Home;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;
import org.palpate.support.PalpateProcess.Running;

/**
 * Other local users cannot get into a learner's H2 database (real Palpate processes): PALPATE_HOME is 700 and
 * every file in it 600, the database takes only the home's own random password (kept in a 600 file), and the
 * auto-server that lets two shells share the database listens on the loopback interface only.
 */
class HomeSecurityProcessTest {

    static final String TWICE = "s3cret-pass\ns3cret-pass\n";

    @TempDir
    Path dir;

    @Test
    void aNewHomeIsPrivateAndItsDatabaseHasAPasswordOfItsOwn() throws Exception {
        Path home = dir.resolve("new-home");
        PalpateProcess palpate = new PalpateProcess(home, "src/test/resources/curricula/shell");
        ok(palpate.run(TWICE, "learner", "add", "teacher", "--role", "instructor"));
        ok(palpate.run("s3cret-pass\n", "login", "teacher"));
        assertPrivate(home, "palpate.mv.db", "db-password", "session", "palpate.log");
        assertThat(H2Home.password(home)).hasSizeGreaterThanOrEqualTo(32);
        assertThatThrownBy(() -> DriverManager.getConnection(H2Home.url(home), "palpate", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (Connection db = H2Home.connect(home)) {
            assertThat(db.isValid(1)).isTrue();
        }
    }

    @Test
    void anOlderHomeIsTightenedAndItsEmptyPasswordReplaced() throws Exception {
        Path home = Files.createDirectory(dir.resolve("old-home"));
        try (Connection db = DriverManager.getConnection(H2Home.url(home), "palpate", "")) {
            assertThat(db.isValid(1)).isTrue(); // as Palpate 0.1 made it: no password
        }
        Files.writeString(home.resolve("history"), "login kim\n");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String file : List.of("palpate.mv.db", "history")) {
            Files.setPosixFilePermissions(home.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }
        PalpateProcess palpate = new PalpateProcess(home, "src/test/resources/curricula/shell");
        ok(palpate.run(TWICE, "learner", "add", "teacher", "--role", "instructor"));
        assertPrivate(home, "palpate.mv.db", "db-password", "history");
        assertThat(home.resolve("db-password.new")).doesNotExist();
        assertThatThrownBy(() -> DriverManager.getConnection(H2Home.url(home), "palpate", "").close()).isInstanceOf(SQLException.class);
        ok(palpate.run("s3cret-pass\n", "login", "teacher"));
    }

    @Test
    void aSwitchKilledAfterTheDatabaseTookTheNewPasswordIsFinishedOnTheNextStart() throws Exception {
        Path home = Files.createDirectory(dir.resolve("half-switched"));
        try (Connection db = DriverManager.getConnection(H2Home.url(home), "palpate", "pending-one")) {
            assertThat(db.isValid(1)).isTrue();
        }
        Files.writeString(home.resolve("db-password.new"), "pending-one\n");
        PalpateProcess palpate = new PalpateProcess(home, "src/test/resources/curricula/shell");
        ok(palpate.run(TWICE, "learner", "add", "teacher", "--role", "instructor"));
        assertThat(H2Home.password(home)).isEqualTo("pending-one");
        assertThat(home.resolve("db-password.new")).doesNotExist();
    }

    @Test
    void theAutoServerListensOnLoopbackOnly() throws Exception {
        Path home = dir.resolve("served");
        PalpateProcess palpate = new PalpateProcess(home, "src/test/resources/curricula/shell");
        ok(palpate.run(TWICE, "learner", "add", "teacher", "--role", "instructor"));
        Running shell = palpate.startOpen(); // the interactive shell, waiting for a command with the database open
        try {
            Path lock = home.resolve("palpate.lock.db");
            String server = null;
            for (int i = 0; i < 60_000 && server == null; i += 10) {
                if (Files.exists(lock)) {
                    Matcher m = Pattern.compile("server=(.*)").matcher(Files.readString(lock));
                    server = m.find() ? m.group(1).replace("\\:", ":") : null;
                }
                if (server == null) {
                    Thread.sleep(10);
                }
            }
            assertThat(server).as("the lock file names the server").matches("(localhost|127\\.0\\.0\\.1):\\d+");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            if (Files.exists(Path.of("/proc/net/tcp"))) {
                // Linux: the listening socket's local address in hex: 127.0.0.1, or the same as an IPv6-mapped address
                String portHex = String.format(":%04X", port);
                List<String> listening = new java.util.ArrayList<>();
                for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                    if (Files.exists(Path.of(table))) {
                        Files.readAllLines(Path.of(table)).stream().map(l -> l.trim().split("\\s+"))
                                .filter(f -> f.length > 3 && f[1].endsWith(portHex) && f[3].equals("0A")).map(f -> f[1]).forEach(listening::add);
                    }
                }
                assertThat(listening).isNotEmpty().allSatisfy(address -> assertThat(address)
                        .isIn("0100007F" + portHex, "0000000000000000FFFF00000100007F" + portHex, "00000000000000000000000001000000" + portHex));
            }
            for (int i = 0; i < 60_000 && Files.size(shell.out()) + Files.size(shell.err()) == 0; i += 10) {
                Thread.sleep(10); // the shell has started: the files made at start have been tightened
            }
            assertPrivate(home, "palpate.lock.db");
        } finally {
            shell.process().destroyForcibly().waitFor();
        }
    }

    private static void assertPrivate(Path home, String... files) throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        for (String file : files) {
            assertThat(home.resolve(file)).exists();
        }
        try (Stream<Path> all = Files.walk(home)) {
            for (Path path : all.skip(1).toList()) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                if (Files.exists(path)) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString()).isEqualTo(expected);
                }
            }
        }
    }

    private static void ok(Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
    }
}
