package io.streamz.processor.model;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What validation found about a pipeline with keys or {@code distributed = true}, for its
 * {@code spec()} and {@code Engine} body.
 *
 * @param distributed {@code @Pipeline(distributed = true)}
 * @param keyed whether some stage is a {@code @KeyBy}
 * @param scopes every stage's key scope by stage name (0 is the unkeyed scope of the sources)
 * @param keyByTargets each {@code @KeyBy}'s target scope, by stage name
 * @param scopeKeys the key type of each scope, by index ({@code null} for scope 0)
 * @param codecs codec expressions by the {@link TypeName#toString()} of the type they encode
 * @param notDistributable why a distributed engine cannot run the pipeline (empty when distributed)
 */
public record EngineFacts(
        boolean distributed,
        boolean keyed,
        Map<String, Integer> scopes,
        Map<String, Integer> keyByTargets,
        List<TypeName> scopeKeys,
        Map<String, CodeBlock> codecs,
        List<Reason> notDistributable) {

    /** Why one stage keeps the pipeline from a distributed engine: a problem code's id and the message. */
    public record Reason(String stage, String code, String message) {}

    public EngineFacts {
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        keyByTargets = Collections.unmodifiableMap(new LinkedHashMap<>(keyByTargets));
        scopeKeys = Collections.unmodifiableList(new ArrayList<>(scopeKeys));
        codecs = Collections.unmodifiableMap(new LinkedHashMap<>(codecs));
        notDistributable = List.copyOf(notDistributable);
    }

    /** The scope of stage {@code name}. */
    public int scope(String name) {
        return scopes.get(name);
    }

    /** The codec of {@code type}, or {@code null} if it has none. */
    public CodeBlock codec(TypeName type) {
        return codecs.get(type.toString());
    }
}
