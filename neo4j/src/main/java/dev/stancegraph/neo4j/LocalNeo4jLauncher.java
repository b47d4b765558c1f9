package dev.stancegraph.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

import picocli.CommandLine;

/**
 * Runs a Neo4j Community server for one stancegraph data directory, in the foreground.
 *
 * <p>Why a launcher instead of Neo4j's own tarball scripts: the server comes from Maven Central,
 * so there is no NEO4J_HOME with bin/ and conf/. This class makes {@code --home} look like one
 * (conf/neo4j.conf, data/, logs/, ...), sets the initial password the same way
 * {@code neo4j-admin dbms set-initial-password} does, then hands over to the same bootstrapper
 * that {@code neo4j console} uses. That bootstrapper persists everything under the home directory
 * and turns SIGTERM/SIGINT into a clean shutdown.
 *
 * <pre>
 * java [jvm flags] -cp target/classes:&lt;classpath.txt&gt; dev.stancegraph.neo4j.LocalNeo4jLauncher \
 *   --home DIR --bolt-port 7687 --http-port 7474 --password-file DIR/password [--pagecache 256m]
 * </pre>
 */
public final class LocalNeo4jLauncher {

    /** Exit codes other than Neo4j's own (1..4 come from NeoBootstrapper). */
    static final int EXIT_USAGE = 64;
    static final int EXIT_PREPARE_FAILED = 65;

    private LocalNeo4jLauncher() {}

    record Options(Path home, int boltPort, int httpPort, Path passwordFile, String pagecache, String heapMax) {}

    public static void main(String[] args) {
        Options options;
        try {
            options = parseOptions(args);
        } catch (IllegalArgumentException e) {
            System.err.println("stancegraph-neo4j: " + e.getMessage());
            System.err.println(
                    "usage: LocalNeo4jLauncher --home DIR --bolt-port N --http-port N --password-file FILE"
                            + " [--pagecache SIZE] [--heap-max SIZE]");
            System.exit(EXIT_USAGE);
            return;
        }

        Path confDir = options.home().resolve("conf");
        Path readyFile = readyFile(options.home());
        try {
            createHomeLayout(options.home());
            Files.deleteIfExists(readyFile);
            writeAtomically(confDir.resolve("neo4j.conf"), neo4jConf(options));
            if (isFirstStart(options.home())) {
                setInitialPassword(options.home(), confDir, readPassword(options.passwordFile()));
            }
        } catch (IOException | IllegalStateException e) {
            System.err.println("stancegraph-neo4j: could not prepare " + options.home() + ": " + e.getMessage());
            System.exit(EXIT_PREPARE_FAILED);
            return;
        }

        System.out.println("stancegraph-neo4j: starting Neo4j Community for " + options.home().toAbsolutePath()
                + " (bolt 127.0.0.1:" + options.boltPort() + ", http 127.0.0.1:" + options.httpPort() + ")");
        // --console-mode: log to stdout (our console.log) like `neo4j console`, rather than to
        // logs/neo4j.log only. Non-daemon server threads keep the JVM alive after start() returns.
        int status = NeoBootstrapper.start(
                new CommunityBootstrapper(),
                "--home-dir=" + options.home().toAbsolutePath(),
                "--config-dir=" + confDir.toAbsolutePath(),
                "--console-mode");
        if (status != NeoBootstrapper.OK) {
            System.err.println("stancegraph-neo4j: Neo4j failed to start (exit code " + status
                    + "); see logs/neo4j.log and logs/debug.log under " + options.home().toAbsolutePath());
            System.exit(status);
        }
        announceReady(readyFile);
    }

    /**
     * Bolt and HTTP accept connections a little before the bootstrapper has finished; a SIGTERM in
     * that window exits without a clean shutdown. The ready file says start() has really returned.
     */
    static Path readyFile(Path home) {
        return home.resolve("run").resolve("stancegraph.ready");
    }

    private static void announceReady(Path readyFile) {
        try {
            writeAtomically(readyFile, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            System.err.println("stancegraph-neo4j: could not write " + readyFile + ": " + e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(readyFile);
            } catch (IOException ignored) {
                // Only a hint for stancegraph; a stale one is overwritten on the next start.
            }
        }, "stancegraph-ready-file-cleanup"));
        System.out.println("stancegraph-neo4j: ready");
    }

    static Options parseOptions(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                values.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
        }
        List<String> known = List.of("home", "bolt-port", "http-port", "password-file", "pagecache", "heap-max");
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key);
            }
        }
        return new Options(
                Path.of(required(values, "home")).toAbsolutePath().normalize(),
                port(required(values, "bolt-port"), "bolt-port"),
                port(required(values, "http-port"), "http-port"),
                Path.of(required(values, "password-file")),
                values.getOrDefault("pagecache", "256m"),
                values.getOrDefault("heap-max", "1g"));
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }

    private static int port(String value, String name) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a TCP port, got " + value);
        }
    }

    /**
     * The whole configuration, regenerated on every start so a port change in stancegraph
     * takes effect without anyone editing files under the data directory.
     */
    static String neo4jConf(Options options) {
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by dev.stancegraph.neo4j.LocalNeo4jLauncher on every start; edits are overwritten.");
        lines.add("");
        lines.add("# Loopback only: this is a developer-local database, never reachable from the network.");
        lines.add("server.default_listen_address=127.0.0.1");
        lines.add("server.default_advertised_address=127.0.0.1");
        lines.add("server.bolt.enabled=true");
        lines.add("server.bolt.listen_address=127.0.0.1:" + options.boltPort());
        lines.add("server.bolt.advertised_address=127.0.0.1:" + options.boltPort());
        lines.add("server.bolt.tls_level=DISABLED");
        lines.add("server.http.enabled=true");
        lines.add("server.http.listen_address=127.0.0.1:" + options.httpPort());
        lines.add("server.http.advertised_address=127.0.0.1:" + options.httpPort());
        lines.add("server.https.enabled=false");
        lines.add("");
        lines.add("dbms.security.auth_enabled=true");
        lines.add("");
        lines.add("# No phoning home, from the server or from Neo4j Browser.");
        lines.add("dbms.usage_report.enabled=false");
        lines.add("client.allow_telemetry=false");
        lines.add("");
        lines.add("# Heap is really set by -Xmx on the java command line; this only keeps Neo4j's memory checks consistent.");
        lines.add("server.memory.heap.max_size=" + options.heapMax());
        lines.add("server.memory.pagecache.size=" + options.pagecache());
        lines.add("");
        lines.add("# Keep transaction logs from growing without bound on a laptop.");
        lines.add("db.tx_log.rotation.retention_policy=2 files");
        lines.add("");
        lines.add("# Bolt otherwise waits 5 s per connector for its worker pool on shutdown, making every stop ~10 s slower.");
        lines.add("internal.server.bolt.thread_pool_shutdown_wait_time=1s");
        lines.add("");
        return String.join("\n", lines);
    }

    private static void createHomeLayout(Path home) throws IOException {
        for (String dir : List.of("conf", "data", "logs", "plugins", "import", "run")) {
            Files.createDirectories(home.resolve(dir));
        }
    }

    /**
     * The system database stores users; once it exists, the password in auth.ini is ignored,
     * which is why Neo4j only honours set-initial-password before the first start.
     */
    static boolean isFirstStart(Path home) {
        return !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
    }

    private static String readPassword(Path passwordFile) throws IOException {
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        if (password.length() < 8) {
            // Neo4j's default dbms.security.auth_minimum_password_length is 8.
            throw new IllegalStateException("password in " + passwordFile + " is shorter than 8 characters");
        }
        return password;
    }

    /**
     * Same code path as {@code neo4j-admin dbms set-initial-password}: it writes data/dbms/auth.ini,
     * which the system database reads when it is created on first start.
     */
    private static void setInitialPassword(Path home, Path confDir, String password) {
        PrintStream out = System.out;
        ExecutionContext context =
                new ExecutionContext(home, confDir, out, System.err, new DefaultFileSystemAbstraction());
        int exitCode = new CommandLine(new SetInitialPasswordCommand(context)).execute(password);
        if (exitCode != 0) {
            throw new IllegalStateException("setting the initial password failed (exit code " + exitCode + ")");
        }
        restrictToOwner(home.resolve("data").resolve("dbms").resolve("auth.ini"));
    }

    /** auth.ini holds a salted hash of the password; no reason for other local users to read it. */
    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Non-POSIX file systems: the data directory's own permissions have to do.
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
