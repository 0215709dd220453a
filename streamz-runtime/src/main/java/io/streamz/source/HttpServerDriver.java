package io.streamz.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * streamz's {@code from_http_server}: an HTTP server (the JDK's {@code com.sun.net.httpserver})
 * on a port; the body of every {@code POST} to a path matching a regular expression
 * ({@code "/.*"} by default, as in streamz) is emitted as text (UTF-8 by default; streamz emits
 * bytes). The response is sent once the element's emit stage completed, so a client is
 * back-pressured too: {@code 200} with the body {@code accepted}, or {@code 500} naming the
 * failure if a stage downstream failed. Another method is answered {@code 405}, another path
 * {@code 404}, a request arriving while the source stops {@code 503}. Requests are served
 * concurrently, each on a thread of its own. {@code start()} binds the port (0 picks a free one,
 * see {@link #localPort()}) and fails if it is in use; {@code stop()} closes the server.
 */
public final class HttpServerDriver implements SourceDriver<String> {
    private final int port;
    private final Pattern path;
    private final Charset charset;
    private volatile int localPort = -1;

    private HttpServerDriver(int port, Pattern path, Charset charset) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("fromHttpServer: port must be within 0..65535, not " + port);
        }
        this.port = port;
        this.path = Objects.requireNonNull(path, "fromHttpServer: path must not be null");
        this.charset = Objects.requireNonNull(charset, "fromHttpServer: charset must not be null");
    }

    /**
     * Listens on {@code port} (0: any free port), for POSTs to any path, bodies in UTF-8.
     *
     * @param port the port
     * @return a driver listening on {@code port}
     */
    public static HttpServerDriver of(int port) {
        return new HttpServerDriver(port, Pattern.compile("/.*"), StandardCharsets.UTF_8);
    }

    /**
     * Accepts only POSTs whose path matches {@code regex} as a whole, e.g. {@code "/events"}.
     *
     * @param regex the regular expression
     * @return a driver like this one that accepts only those paths
     * @throws IllegalArgumentException if {@code regex} is not a valid regular expression
     */
    public HttpServerDriver path(String regex) {
        Objects.requireNonNull(regex, "fromHttpServer: path must not be null");
        try {
            return new HttpServerDriver(port, Pattern.compile(regex), charset);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("fromHttpServer: bad path pattern: " + e.getMessage(), e);
        }
    }

    /**
     * The encoding request bodies are decoded with; malformed bytes become U+FFFD.
     *
     * @param charset the character set
     * @return a copy of this driver with that setting
     */
    public HttpServerDriver charset(Charset charset) {
        return new HttpServerDriver(port, path, charset);
    }

    /** {@return the port the server listens on while started (the one picked when built with 0), or -1 before} */
    public int localPort() {
        return localPort;
    }

    @Override
    public Session open(SourceContext<String> context) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService handlers = Executors.newCachedThreadPool(body -> {
            Thread thread =
                    new Thread(body, "streamz-http-" + server.getAddress().getPort() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", exchange -> handle(context, exchange));
        server.start();
        localPort = server.getAddress().getPort();
        return () -> {
            server.stop(0);
            handlers.shutdownNow();
        };
    }

    private void handle(SourceContext<String> context, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!path.matcher(exchange.getRequestURI().getPath()).matches()) {
                respond(
                        exchange,
                        404,
                        "no source at " + exchange.getRequestURI().getPath());
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "POST the element as the request body");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), charset);
            if (!context.active()) {
                respond(exchange, 503, "the source is stopped");
                return;
            }
            Throwable failure = Blocking.await(context.emit(body));
            if (failure == null) {
                respond(exchange, 200, "accepted");
            } else if (failure instanceof java.util.concurrent.CancellationException) {
                respond(exchange, 503, "the source is stopped");
            } else {
                respond(exchange, 500, "failed: " + failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public String operatorName() {
        return "fromHttpServer";
    }

    @Override
    public String detail() {
        return Integer.toString(port);
    }
}
