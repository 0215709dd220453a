package bad;

import io.streamz.annotations.*;

@Pipeline // ERROR streamz.pipeline-not-interface
public @interface OnAnnotation {}
