package bad;

import io.streamz.annotations.*;

@Pipeline // ERROR streamz.pipeline-not-interface
public enum OnEnum { A, B }
