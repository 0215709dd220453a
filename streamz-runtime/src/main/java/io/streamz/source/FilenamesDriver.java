package io.streamz.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * streamz's {@code filenames}: emits the path of every file matching a glob, at {@code start()}
 * for those already there (sorted by name) and then for each new one, looking again every poll
 * interval (0.1 s by default). A directory without a glob means every file in it
 * ({@code "logs"} is {@code "logs/*"}). Globs are Java's ({@link java.nio.file.FileSystem#getPathMatcher}):
 * {@code *} stays within a directory, {@code **} crosses directories. A path is emitted once,
 * even after a restart. {@code start()} fails if the directory the glob starts from does not
 * exist; an I/O error while polling stops the source and is reported.
 */
public final class FilenamesDriver implements SourceDriver<Path> {
    private final String pattern;
    private final Duration pollInterval;
    /** The directory the glob starts from: its longest leading part without glob characters. */
    private final Path root;

    private final PathMatcher matcher;
    private final int depth;
    private final Set<Path> seen = new HashSet<>();

    /**
     * {@return every file matching {@code glob} (or in the directory {@code glob} names), polling every 0.1 s}
     *
     * @param glob the glob pattern
     * @throws IllegalArgumentException if {@code glob} is empty or not a valid glob
     */
    public static FilenamesDriver of(String glob) {
        return new FilenamesDriver(glob, TextFileDriver.DEFAULT_POLL);
    }

    /**
     * How long to wait between two looks at the directory.
     *
     * @param pollInterval how often to look for new files
     * @return a copy of this driver with that setting
     */
    public FilenamesDriver pollInterval(Duration pollInterval) {
        return new FilenamesDriver(pattern, pollInterval);
    }

    private FilenamesDriver(String pattern, Duration pollInterval) {
        Objects.requireNonNull(pattern, "filenames: pattern must not be null");
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("filenames: the pattern is empty");
        }
        this.pollInterval = Texts.positive(pollInterval, "filenames: pollInterval");
        String glob = !hasGlob(pattern) && Files.isDirectory(Path.of(pattern))
                ? Path.of(pattern).resolve("*").toString()
                : pattern;
        this.pattern = glob;
        Path full = Path.of(glob);
        Path start = full.getRoot();
        int globbed = 0;
        for (Path part : full) {
            if (hasGlob(part.toString()) || globbed > 0) {
                globbed++;
            } else {
                start = start == null ? part : start.resolve(part);
            }
        }
        this.root = start == null ? Path.of("") : start;
        this.depth = glob.contains("**") ? Integer.MAX_VALUE : Math.max(globbed, 1);
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    private static boolean hasGlob(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    @Override
    public Session open(SourceContext<Path> context) throws IOException {
        Path dir = root.toString().isEmpty() ? Path.of(".") : root;
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such directory");
        }
        Poller poller = new Poller(context);
        context.loop().execute(poller::poll);
        return () -> {};
    }

    /** The matching paths not emitted yet, sorted by name. */
    private List<Path> fresh() throws IOException {
        List<Path> matching;
        Path dir = root.toString().isEmpty() ? Path.of(".") : root;
        try (java.util.stream.Stream<Path> walk = Files.walk(dir, depth)) {
            matching = walk.map(path -> root.toString().isEmpty() ? dir.relativize(path) : path)
                    .filter(path -> matcher.matches(path) && Files.isRegularFile(path))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException && Files.isDirectory(dir)) {
                return List.of(); // something vanished while listing: look again next time
            }
            throw e.getCause();
        }
        synchronized (seen) {
            matching.removeIf(seen::contains);
        }
        return matching;
    }

    /** Marks {@code path} as emitted, when it is taken to be emitted: a stop before leaves it for the restart. */
    private Path taken(Path path) {
        synchronized (seen) {
            seen.add(path);
        }
        return path;
    }

    @Override
    public String operatorName() {
        return "filenames";
    }

    @Override
    public String detail() {
        return pattern;
    }

    private final class Poller {
        private final SourceContext<Path> context;

        Poller(SourceContext<Path> context) {
            this.context = context;
        }

        void poll() {
            if (!context.active()) {
                return;
            }
            List<Path> fresh;
            try {
                fresh = fresh();
            } catch (IOException e) {
                context.fail(e);
                return;
            }
            Sequential.emitAll(
                    context,
                    new Iterator<Path>() {
                        private final Iterator<Path> paths = fresh.iterator();

                        @Override
                        public boolean hasNext() {
                            return paths.hasNext();
                        }

                        @Override
                        public Path next() {
                            return taken(paths.next());
                        }
                    },
                    () -> context.loop().schedule(pollInterval, this::poll));
        }
    }
}
