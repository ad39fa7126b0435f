import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for Keycloak during the image's AOT training run only: the app reads its issuer's discovery document when
 * its context starts, and the build has no Keycloak. Answers every path on 127.0.0.1:{port} with a document whose
 * endpoints lead nowhere; the training run never signs anyone in. Run: java TrainingIssuer.java 8999
 */
public class TrainingIssuer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String base = "http://127.0.0.1:" + port;
        byte[] document = ("{\"issuer\":\"" + base + "/realms/deviceward\","
                        + "\"authorization_endpoint\":\"" + base + "/auth\",\"token_endpoint\":\"" + base + "/token\","
                        + "\"jwks_uri\":\"" + base + "/certs\",\"userinfo_endpoint\":\"" + base + "/userinfo\","
                        + "\"end_session_endpoint\":\"" + base + "/logout\",\"response_types_supported\":[\"code\"],"
                        + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            exchange.getResponseBody().write(document);
            exchange.close();
        });
        server.start();
    }
}
