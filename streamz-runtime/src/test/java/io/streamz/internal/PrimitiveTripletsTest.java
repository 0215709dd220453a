package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link IntSlidingWindow}, {@link LongSlidingWindow} and {@link DoubleSlidingWindow} are one
 * class written three times (as the JDK writes its buffers from one template): their sources
 * must be identical token for token, up to the element type. A fix made to one and not to the
 * others fails here, with the first place they part. Formatting (line breaks) may differ.
 */
class PrimitiveTripletsTest {
    private static final Path SOURCES = Path.of("src/main/java/io/streamz/internal");
    private static final Pattern TOKEN = Pattern.compile("\\w+|\\S");

    /** Per primitive: its keyword, its box and its class's name, as the sources spell them. */
    private record Spelling(String primitive, String box, String className) {
        Map<String, String> to(Spelling other) {
            return Map.of(primitive, other.primitive, box, other.box, className, other.className);
        }
    }

    private static final Spelling INT = new Spelling("int", "Integer", "IntSlidingWindow");
    private static final Spelling LONG = new Spelling("long", "Long", "LongSlidingWindow");
    private static final Spelling DOUBLE = new Spelling("double", "Double", "DoubleSlidingWindow");

    private static List<String> tokens(Spelling spelling) throws IOException {
        String source = Files.readString(SOURCES.resolve(spelling.className + ".java"));
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(source);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * The token positions where {@code b}'s source differs from {@code a}'s, after checking that
     * each difference is {@code a}'s spelling of the element type against {@code b}'s.
     */
    private static List<Integer> typePositions(Spelling a, Spelling b) throws IOException {
        List<String> as = tokens(a);
        List<String> bs = tokens(b);
        Map<String, String> allowed = a.to(b);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < Math.min(as.size(), bs.size()); i++) {
            if (as.get(i).equals(bs.get(i))) {
                continue;
            }
            if (!bs.get(i).equals(allowed.get(as.get(i)))) {
                fail(a.className + " and " + b.className + " part at token " + i + ": '" + as.get(i) + "' against '"
                        + bs.get(i) + "', after ..." + String.join(" ", as.subList(Math.max(0, i - 12), i)));
            }
            positions.add(i);
        }
        assertEquals(as.size(), bs.size(), a.className + " and " + b.className + " differ in length");
        return positions;
    }

    @Test
    void theThreeSlidingWindowsDifferOnlyInTheirElementType() throws IOException {
        List<Integer> intToLong = typePositions(INT, LONG);
        List<Integer> longToDouble = typePositions(LONG, DOUBLE);
        // Where int and long differ, long and double differ too, and nowhere else: every
        // element-type position is spelled as such in all three.
        assertEquals(intToLong, longToDouble);
    }
}
