package io.streamz.it.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a documentation snippet prints: {@code System.out} captured while it runs. */
final class SystemOut {
    private SystemOut() {}

    /** Runs {@code snippet} with {@code System.out} captured and returns the lines it printed. */
    static List<String> capture(Runnable snippet) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            snippet.run();
        } finally {
            System.setOut(original);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }
}
