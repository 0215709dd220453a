package io.streamz.source;

import static io.streamz.source.RealLoop.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code fromHttpServer} with a real server and the JDK's HTTP client: streamz's test_http and more. */
class HttpServerSourceTest {
    private final RealLoop real = new RealLoop();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void tearDown() {
        real.close(); // stops the sources made on it too
    }

    private Source<String> start(HttpServerDriver driver) {
        Source<String> source = real.source(driver);
        source.start();
        return source;
    }

    private HttpResponse<String> post(int port, String path, String body) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPostBodyIsEmittedAndAccepted() throws IOException, InterruptedException {
        HttpServerDriver driver = HttpServerDriver.of(0);
        ListSink<String> out;
        Source<String> source = real.source(driver);
        out = source.sinkToList();
        source.start();
        HttpResponse<String> first = post(driver.localPort(), "/", "data");
        assertEquals(200, first.statusCode());
        assertEquals("accepted", first.body());
        assertEquals(List.of("data"), out.snapshot(), "emitted before the response");
        assertEquals(200, post(driver.localPort(), "/other", "data2").statusCode());
        assertEquals(List.of("data", "data2"), out.snapshot());

        source.stop();
        assertThrows(IOException.class, () -> post(driver.localPort(), "/other", "data3"));
    }

    @Test
    void theResponseWaitsForTheDownstreamWork() throws Exception {
        HttpServerDriver driver = HttpServerDriver.of(0);
        Source<String> source = real.source(driver);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(x -> write);
        source.start();
        CompletableFuture<HttpResponse<String>> response = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + driver.localPort() + "/"))
                        .POST(HttpRequest.BodyPublishers.ofString("slow"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        eventually("the sink received the element", () -> write.getNumberOfDependents() > 0);
        assertFalse(response.isDone());
        write.complete(null);
        assertEquals(200, response.get().statusCode());
    }

    @Test
    void aFailingStageAnswers500AndTheServerGoesOn() throws IOException, InterruptedException {
        HttpServerDriver driver = HttpServerDriver.of(0);
        Source<String> source = real.source(driver);
        ListSink<Integer> out = source.map(Integer::parseInt).sinkToList();
        source.start();
        HttpResponse<String> bad = post(driver.localPort(), "/", "x");
        assertEquals(500, bad.statusCode());
        assertTrue(bad.body().startsWith("failed: java.lang.NumberFormatException"), bad.body());
        assertEquals(200, post(driver.localPort(), "/", "7").statusCode());
        assertEquals(List.of(7), out.snapshot());
        eventually("the failure was reported", () -> real.failures.size() == 1);
    }

    @Test
    void onlyPostsToMatchingPathsAreElements() throws IOException, InterruptedException {
        HttpServerDriver driver = HttpServerDriver.of(0).path("/events(/.*)?");
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        assertEquals(404, post(driver.localPort(), "/elsewhere", "x").statusCode());
        HttpResponse<String> get = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + driver.localPort() + "/events"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
        assertEquals(200, post(driver.localPort(), "/events/1", "é").statusCode());
        assertEquals(List.of("é"), out.snapshot());
    }

    @Test
    void aPortInUseFailsAtStart() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Source<String> source = new Source<>(real.loop, HttpServerDriver.of(taken.getLocalPort()));
            UncheckedIOException e = assertThrows(UncheckedIOException.class, source::start);
            assertTrue(e.getMessage().contains("cannot start: java.net.BindException"), e.getMessage());
            assertTrue(source.isStopped());
        }
    }

    @Test
    void aBadPathPatternFailsWhenBuilt() {
        assertThrows(
                IllegalArgumentException.class, () -> HttpServerDriver.of(0).path("("));
    }
}
