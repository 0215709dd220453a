package io.streamz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line splitting of {@code fromProcess(String)}, checked against what shlex.split gives. */
class CommandLineTest {

    @Test
    void splitsAsShlexDoes() {
        assertEquals(
                List.of("python", "-c", "for i in range(4): print(i)"),
                CommandLine.split("python -c \"for i in range(4): print(i)\""));
        assertEquals(List.of("a b", "c'd", "e\"f", "g h"), CommandLine.split("'a b' c\\'d \"e\\\"f\" g\\ h"));
        assertEquals(List.of("$HOME", "x\\y", "ab"), CommandLine.split("'$HOME' \"x\\y\" a\"\"b"));
        assertEquals(List.of("", "x"), CommandLine.split("  '' \t x  "));
        assertEquals(List.of(), CommandLine.split("   "));
    }

    @Test
    void unterminatedQuotesAreErrors() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CommandLine.split("echo 'oops"));
        assertEquals("fromProcess: unterminated single quote in the command line: echo 'oops", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CommandLine.split("echo \"oops"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.split("echo oops\\"));
    }
}
