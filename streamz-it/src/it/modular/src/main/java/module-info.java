module com.example.modular {
    requires io.streamz;
    requires static io.streamz.annotations;
}
