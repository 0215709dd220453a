package bad;

import io.streamz.annotations.*;

@Pipeline
public interface InstanceTopologyDot {
    @Source void emit(int x);
    @Sink void out(int x);

    default String topologyDot() { // ERROR streamz.generated-method-clash
        return "digraph {}";
    }

    default Object builder() { // ERROR streamz.generated-method-clash
        return this;
    }
}
