package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * OpenID Connect switched on by configuration alone: the packaged jar is given a provider's issuer and
 * client, and a small provider on 127.0.0.1 (discovery, an authorisation endpoint that approves at once,
 * a token endpoint issuing an RS256-signed ID token, JWKS) completes a real authorisation-code round
 * trip in Chromium. The claim convene_role=analyst makes the user an analyst.
 */
class OidcIT {

    static final Path OUT = Path.of("target", "it");

    @Test
    void signInWithAnOpenIdConnectProviderGivesTheClaimedRole() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        AtomicReference<String> nonce = new AtomicReference<>();
        AtomicReference<String> clientId = new AtomicReference<>();
        HttpServer idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String issuer = "http://127.0.0.1:" + idp.getAddress().getPort();
        idp.createContext("/.well-known/openid-configuration", ex -> json(ex, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic"]}""".formatted(issuer)));
        idp.createContext("/jwks", ex -> json(ex, new JWKSet(key.toPublicJWK()).toString()));
        idp.createContext("/authorize", ex -> {
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            nonce.set(q.get("nonce"));
            clientId.set(q.get("client_id"));
            ex.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=test-code&state="
                    + java.net.URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        idp.createContext("/token", ex -> {
            try {
                var claims = new JWTClaimsSet.Builder().issuer(issuer).subject("oidc-user-1").audience(clientId.get())
                        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .claim("nonce", nonce.get()).claim("preferred_username", "dr.oidc")
                        .claim("convene_role", "analyst").build();
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
                jwt.sign(new RSASSASigner(key));
                json(ex, "{\"access_token\": \"test-access\", \"token_type\": \"Bearer\", \"expires_in\": 300, "
                        + "\"scope\": \"openid\", \"id_token\": \"" + jwt.serialize() + "\"}");
            } catch (Exception e) {
                ex.sendResponseHeaders(500, -1);
                ex.close();
            }
        });
        idp.start();
        String prefix = "--spring.security.oauth2.client.";
        try (ConveneProcess app = new ConveneProcess(Files.createTempDirectory("convene-oidc-it-"), OUT.resolve("oidc.log"),
                "--no-demo", "--convene.admin.password=oidc-it-admin-password",
                prefix + "registration.testidp.client-id=convene",
                prefix + "registration.testidp.client-secret=test-secret",
                prefix + "registration.testidp.client-name=Test IdP",
                prefix + "registration.testidp.scope=openid",
                prefix + "provider.testidp.issuer-uri=" + issuer)) {
            app.awaitHttp("/actuator/health/readiness", "UP", Duration.ofMinutes(6));
            ChromeDriver browser = Browser.start();
            try {
                browser.get(app.url("/login"));
                var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                WebElement link = wait.until(d -> d.findElement(By.cssSelector("a.oidc-login[data-registration='testidp']")));
                assertThat(link.getText()).isEqualTo("Sign in with Test IdP");
                shot(browser, "login-oidc.png");
                link.click();
                WebElement user = wait.until(d -> d.findElement(By.cssSelector(".signed-in-user")));
                assertThat(user.getText()).isEqualTo("dr.oidc");
                assertThat(browser.findElement(By.cssSelector(".signed-in-role")).getText()).isEqualTo("analyst");
                wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 2);
                List<String> labels = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                        .map(WebElement::getText).toList();
                assertThat(labels).contains("Overview", "Cypher").doesNotContain("Import", "Users");
                shot(browser, "signed-in-oidc.png");
            } finally {
                browser.quit();
            }
        } finally {
            idp.stop(0);
        }
    }

    private static void json(HttpExchange ex, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static void shot(ChromeDriver driver, String name) throws Exception {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
