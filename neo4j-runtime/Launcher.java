/*
 * Runs Neo4j Community 5.26 embedded, with its Bolt connector on 127.0.0.1, so that machines
 * without Docker still get a real Neo4j that neo4j-driver talks to like any server.
 *
 * Usage: java -Xmx1g <--add-opens flags> -cp 'neo4j-runtime/classes:neo4j-runtime/lib/*' Launcher \
 *          port=7687 dataDir=.data/neo4j pagecache=256m txTimeout=60s txMaxSize=512m watchStdin=false
 * The password comes from the NEO4J_PASSWORD environment variable (not argv, which `ps` shows):
 * set => auth on, the built-in user neo4j gets that password; empty => auth off.
 * Prints "READY bolt://127.0.0.1:<port>" once Bolt accepts connections; on failure prints
 * "FAILED <reason>" and exits 1. SIGTERM/SIGINT shut the database down cleanly.
 * With watchStdin=true it also exits when its standard input closes (its parent died).
 */
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Launcher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] argv) {
        Map<String, String> args = parseArgs(argv);
        int port = Integer.parseInt(args.getOrDefault("port", "7687"));
        Path dataDir = Path.of(args.getOrDefault("dataDir", ".data/neo4j")).toAbsolutePath();
        long pagecache = parseBytes(args.getOrDefault("pagecache", "256m"));
        Duration txTimeout = parseDuration(args.getOrDefault("txTimeout", "60s"));
        long txMaxSize = parseBytes(args.getOrDefault("txMaxSize", "512m"));
        boolean watchStdin = Boolean.parseBoolean(args.getOrDefault("watchStdin", "false"));
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");

        if (!password.isEmpty() && password.length() < 8) {
            fail("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMaxSize)
                    // LOAD CSV FROM 'file:///…' would read this machine's files: refuse it.
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
                    // Small, non-preallocated transaction logs: test runs create many data folders.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    // No usage reports: a local tool should not phone home.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
        } catch (RuntimeException e) {
            fail("could not start Neo4j: " + rootMessage(e));
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                dbms.shutdown();
                System.out.println("STOPPED");
                System.out.flush();
            }
        }, "neo4j-shutdown"));

        try {
            if (!password.isEmpty()) {
                setPassword(dbms, password);
            }
            waitForBolt(port, Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            System.out.println("FAILED " + rootMessage(e));
            System.exit(1);
        }

        System.out.println("READY bolt://" + HOST + ":" + port);
        System.out.flush();

        if (watchStdin) {
            waitForStdinEof(System.in);
            System.exit(0);
        }
        // Otherwise keep running until a signal runs the shutdown hook.
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sets the built-in user's password (the initial neo4j/neo4j requires a change). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            // Restarting with the password already set: Neo4j refuses "the same" password; that is fine.
            String msg = String.valueOf(rootMessage(e)).toLowerCase();
            if (!msg.contains("same")) {
                throw e;
            }
        }
    }

    private static void waitForBolt(int port, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not listen on " + HOST + ":" + port);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
        }
    }

    private static void waitForStdinEof(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // ignore input; only its end matters
            }
        } catch (IOException e) {
            // a broken stdin means the parent is gone too
        }
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                fail("arguments are key=value, got: " + a);
            }
            out.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return out;
    }

    /** "256m", "1g", "512k" or a number of bytes. */
    static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long unit = 1;
        char last = v.charAt(v.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * unit;
    }

    /** "60s", "5m", "500ms" or a number of seconds. */
    static Duration parseDuration(String s) {
        String v = s.trim().toLowerCase();
        if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(v));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void fail(String reason) {
        System.out.println("FAILED " + reason);
        System.out.flush();
        System.exit(1);
    }
}
