package io.streamz;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link Stream#metadata()}: emits the metadata of each element that carries some. */
final class MetadataNode extends Stream<List<Map<String, Object>>> {

    MetadataNode(Stream<?> upstream) {
        super(upstream);
    }

    @Override
    CompletableFuture<Void> update(Object x, Stream<?> who) {
        List<Map<String, Object>> metadata = Metadata.current();
        return metadata == null || metadata.isEmpty() ? null : emitDownstream(metadata);
    }

    @Override
    String operatorName() {
        return "metadata";
    }
}
