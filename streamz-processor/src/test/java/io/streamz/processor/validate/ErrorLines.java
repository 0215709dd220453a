package io.streamz.processor.validate;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;

/** A compilation's errors as {@code "line: message"}, in order: the form the message tests compare. */
final class ErrorLines {
    private ErrorLines() {}

    static List<String> of(Compilation compilation) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<?> error : compilation.errors()) {
            errors.add(error.getLineNumber() + ": " + error.getMessage(null));
        }
        return errors;
    }
}
