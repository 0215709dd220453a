package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public surface of {@code io.streamz} and its API packages, compared with {@code src/test/resources/api.txt} so
 * that every change of it shows up in review. After an intended change, rewrite the file with
 * {@code mvn -pl streamz-runtime test -Dtest=ApiSnapshotTest -Dstreamz.api.update=true}.
 */
class ApiSnapshotTest {
    private static final Path SNAPSHOT = Path.of("src", "test", "resources", "api.txt");
    /** The packages whose public types are the API: the runtime, its codecs, engine API, metrics and sources. */
    private static final List<String> PACKAGES =
            List.of("io.streamz", "io.streamz.codec", "io.streamz.engine", "io.streamz.metrics", "io.streamz.source");

    @Test
    void publicApiMatchesTheSnapshot() throws IOException, URISyntaxException, ClassNotFoundException {
        String actual = describePublicApi();
        if (Boolean.getBoolean("streamz.api.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
        }
        assertTrue(
                Files.exists(SNAPSHOT),
                "missing " + SNAPSHOT.toAbsolutePath() + "; create it with -Dstreamz.api.update=true");
        assertEquals(
                Files.readString(SNAPSHOT, StandardCharsets.UTF_8),
                actual,
                "the public API of io.streamz changed; if intended, rerun with -Dstreamz.api.update=true and commit "
                        + SNAPSHOT);
    }

    static String describePublicApi() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(
                Stream.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (java.util.stream.Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                files.map(path -> path.getFileName().toString())
                        .filter(name -> name.endsWith(".class"))
                        .map(name -> pkg + "." + name.substring(0, name.length() - ".class".length()))
                        .sorted()
                        .forEach(names::add);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            Class<?> type = load(name);
            if (type == null || !isPublic(type)) {
                continue;
            }
            out.append(header(type)).append('\n');
            List<String> members = new ArrayList<>();
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    members.add(constructor.toGenericString());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                    members.add(method.toGenericString());
                }
            }
            members.stream()
                    .sorted()
                    .forEach(member -> out.append("  ").append(member).append('\n'));
        }
        return out.toString();
    }

    /** Loads a class by its binary name; {@code null} for local and anonymous ones. */
    private static Class<?> load(String binaryName) throws ClassNotFoundException {
        Class<?> type = Class.forName(binaryName, false, ApiSnapshotTest.class.getClassLoader());
        return type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic() ? null : type;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static String header(Class<?> type) {
        String kind = type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
        int modifiers = type.getModifiers() & ~(Modifier.INTERFACE | Modifier.ABSTRACT | Modifier.STATIC);
        if (type.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT;
        } else if (Modifier.isAbstract(type.getModifiers())) {
            modifiers |= Modifier.ABSTRACT;
        }
        StringBuilder header = new StringBuilder(Modifier.toString(modifiers))
                .append(' ')
                .append(kind)
                .append(' ')
                .append(type.getTypeName());
        if (type.getTypeParameters().length > 0) {
            header.append(java.util.Arrays.stream(type.getTypeParameters())
                    .map(Object::toString)
                    .collect(Collectors.joining(", ", "<", ">")));
        }
        if (type.getGenericSuperclass() != null
                && type.getSuperclass() != Object.class
                && !type.isRecord()
                && !type.isEnum()) {
            header.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            header.append(type.isInterface() ? " extends " : " implements ")
                    .append(java.util.Arrays.stream(type.getGenericInterfaces())
                            .map(t -> t.getTypeName())
                            .collect(Collectors.joining(", ")));
        }
        return header.toString();
    }
}
