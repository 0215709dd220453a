package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * {@code @Union}: every input calls the union's segment method with its element, which goes on
 * unchanged. In the twin, a {@code union} node on the inputs' nodes.
 */
final class UnionUnit implements StageUnit {
    @Override
    public String segmentParameter(Generation g, Stage union) {
        return union.name();
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        return in;
    }

    @Override
    public Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        return in;
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage union) {
        List<String> from = union.upstreams();
        return CodeBlock.of(
                "$L.union($L).named($S)",
                twin.nodeAs(
                        twin.generation().model().stage(from.get(0)),
                        union.outputType().box()),
                twin.others(from),
                union.name());
    }
}
