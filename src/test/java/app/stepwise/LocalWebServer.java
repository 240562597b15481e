package app.stepwise;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** A web server on 127.0.0.1 that records every request it gets: the witness that pack content reaches no network. */
public final class LocalWebServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> requests = new ArrayList<>();

    public LocalWebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            }
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/path} */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Every request received so far, as "GET /path". */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void forget() {
        synchronized (requests) {
            requests.clear();
        }
    }

    /** Asks the server once from the test, proving it would see a request if pack content made one. */
    public void provesItListens() throws IOException, InterruptedException {
        var client = java.net.http.HttpClient.newHttpClient();
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("control"))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (!requests().contains("GET /control")) throw new AssertionError("the local server did not see the control request");
        forget();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
