package io.streamz.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;

/** Loads the classes of a compile-testing {@link Compilation}, delegating the rest to the test's loader. */
final class InMemoryClassLoader extends ClassLoader {
    private final Compilation compilation;

    InMemoryClassLoader(Compilation compilation) {
        super(InMemoryClassLoader.class.getClassLoader());
        this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = "/CLASS_OUTPUT/" + name.replace('.', '/') + ".class";
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS
                    && file.toUri().getPath().endsWith(path)) {
                try (InputStream in = file.openInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new ClassNotFoundException(name);
    }
}
