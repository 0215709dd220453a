package io.streamz.source;

import static io.streamz.source.RealLoop.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.Source;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code fromHttpServer}: its label, body encoding, responses, concurrent requests and stop. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpServerDetailsTest {
    private final RealLoop real = new RealLoop();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void tearDown() {
        real.close(); // stops the sources made on it too
    }

    private static HttpRequest post(int port, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    @Test
    void theHighestPortIsAPortAndTheLabelNamesIt() {
        assertEquals(
                "<fromHttpServer: 65535>",
                real.source(HttpServerDriver.of(65_535)).toString());
    }

    @Test
    void bodiesAreDecodedWithTheCharsetAndAnswersArePlainUtf8Text() throws Exception {
        HttpServerDriver driver = HttpServerDriver.of(0).charset(StandardCharsets.ISO_8859_1);
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        HttpResponse<String> response = client.send(
                post(driver.localPort(), new byte[] {(byte) 0xE9, 't', (byte) 0xE9}),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("accepted", response.body());
        assertEquals(
                "text/plain; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of("été"), out.snapshot());
    }

    @Test
    void requestsAreHandledConcurrentlyOnDaemonThreads() throws Exception {
        HttpServerDriver driver = HttpServerDriver.of(0);
        Source<String> source = real.source(driver);
        List<String> written = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> writes = new CopyOnWriteArrayList<>();
        source.sinkAsync(x -> {
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            written.add(x);
            return write;
        });
        source.start();
        int port = driver.localPort();
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(
                post(port, "a".getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        eventually("a's write started", () -> written.size() == 1);
        CompletableFuture<HttpResponse<String>> second = client.sendAsync(
                post(port, "b".getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        eventually("b's write started while a's is pending", () -> written.size() == 2);
        assertFalse(first.isDone() || second.isDone(), "each answers once its write is done");
        List<Thread> handlers = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("streamz-http-" + port + "-")) {
                handlers.add(thread);
            }
        }
        assertEquals(2, handlers.size(), handlers::toString);
        assertTrue(handlers.stream().allMatch(Thread::isDaemon), "a waiting request never keeps the JVM alive");
        writes.get(1).complete(null);
        assertEquals(200, second.get().statusCode());
        writes.get(0).complete(null);
        assertEquals(200, first.get().statusCode());
        assertEquals(List.of("a", "b"), written);
    }

    @Test
    void stopFreesThePort() throws IOException {
        HttpServerDriver driver = HttpServerDriver.of(0);
        Source<String> source = real.source(driver);
        source.sinkToList();
        source.start();
        int port = driver.localPort();
        source.stop();
        try (ServerSocket again = new ServerSocket(port)) {
            assertEquals(port, again.getLocalPort());
        }
    }
}
