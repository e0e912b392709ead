package dev.firebreak.integrations.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per rule at least: a line with the secret and what must come out, and a near miss that must come out
 * unchanged. {@code {a:36}} stands for 36 varied letters and digits ({@code h} hex, {@code l} lower-case letters,
 * {@code b} base64, {@code g} age's alphabet) so that a row says how long a token is; {@code =} means unchanged.
 */
class RuleTableTest {
    private static final RedactionEngine ENGINE = RedactionEngine.standard();

    private static final String TABLE = """
            secret-assignment       | password=hunter2 user=app                          | password=[REDACTED] user=app
            secret-assignment       | {"client_secret": "s3cr3t", "id": 1}               | {"client_secret": "[REDACTED]", "id": 1}
            secret-assignment       | {\\"access_token\\":\\"abc\\",\\"n\\":1}           | {\\"access_token\\":\\"[REDACTED]\\",\\"n\\":1}
            secret-assignment       | max_tokens=10 tokens=5 secretName: db-creds        | =
            password-suffix-key     | DB_PASS=hunter2 redis.pass: x                      | DB_PASS=[REDACTED] redis.pass: [REDACTED]
            password-suffix-key     | bypass=true compass: north                         | =
            pwd-key                 | Server=db;Uid=app;Pwd=hunter2;                     | Server=db;Uid=app;Pwd=[REDACTED];
            pwd-key                 | run pwd then ls; cwd=/srv                          | =
            cli-password-flag       | deploy --password hunter2 --verbose                | deploy --password [REDACTED] --verbose
            cli-password-flag       | kubectl get pods --token=abc123                    | kubectl get pods --token=[REDACTED]
            cli-password-flag       | docker login --password-stdin --username ci        | =
            cli-password-short-flag | mysql -u root -pS3cret shop                        | mysql -u root -p[REDACTED] shop
            cli-password-short-flag | sshpass -p hunter2 ssh deploy@host                 | sshpass -p [REDACTED] ssh deploy@host
            cli-password-short-flag | redis-cli -h cache -a hunter2 ping                 | redis-cli -h cache -a [REDACTED] ping
            cli-password-short-flag | mysql -u root -p shop                              | =
            authorization-header    | Authorization: Bearer abc.def.ghi-123              | Authorization: Bearer [REDACTED]
            authorization-header    | {'Authorization': 'Bearer abc', 'Accept': 'json'}  | {'Authorization': 'Bearer [REDACTED]', 'Accept': 'json'}
            authorization-header    | map[Accept:[json] Authorization:[Bearer abc]]      | map[Accept:[json] Authorization:[Bearer [REDACTED]]]
            authorization-header    | Authorization failed for user bob                  | =
            cookie-header           | Cookie: sid=abc123; theme=dark                     | Cookie: [REDACTED]
            cookie-header           | Set-Cookie: sid=xyz789; Path=/; HttpOnly           | Set-Cookie: [REDACTED]
            cookie-header           | {"Cookie": "sid=abc"}                              | {"Cookie": "[REDACTED]"}
            cookie-header           | cookies: enabled, cookie banner shown              | =
            bearer-token            | using Bearer abcdefghijklmnopqrstuvwxyzABCD        | using Bearer [REDACTED]
            bearer-token            | the bearer authentication scheme                   | =
            url-password            | connect postgres://u:pa/ss@db/shop failed          | connect postgres://u:[REDACTED]@db/shop failed
            url-password            | redis://:r3dis@cache:6379/0                        | redis://:[REDACTED]@cache:6379/0
            url-password            | http://host:8080/users/@me                         | =
            docker-config-auth      | {"auths":{"r.io":{"auth":"dXNlcjpwYXNz"}}}         | {"auths":{"r.io":{"auth":"[REDACTED]"}}}
            docker-config-auth      | {"authority":"r.io","auth":""}                     | =
            aws-access-key-id       | key AKIAIOSFODNN7EXAMPLE in use                    | key [REDACTED] in use
            aws-access-key-id       | id AKIAIOSFODNN7EXAMP is short                     | =
            aws-secret-access-key   | aws_secret_access_key     {b:40}                   | aws_secret_access_key     [REDACTED]
            aws-secret-access-key   | AWS_SECRET_ACCESS_KEY {b:40}                       | AWS_SECRET_ACCESS_KEY [REDACTED]
            aws-secret-access-key   | aws_secret_access_key is not set                   | =
            gcp-private-key-id      | "private_key_id": "{h:40}",                        | "private_key_id": "[REDACTED]",
            gcp-private-key-id      | "private_key_id": null                             | =
            gcp-api-key             | maps AIza{a:35} done                               | maps [REDACTED] done
            gcp-api-key             | AIzaShort is not a key                             | =
            azure-storage-key       | AccountName=shop;AccountKey={b:86}==;EndpointSuffix=x | AccountName=shop;AccountKey=[REDACTED];EndpointSuffix=x
            azure-storage-key       | Endpoint=sb://ns/;SharedAccessKeyName=r;SharedAccessKey={b:44} | Endpoint=sb://ns/;SharedAccessKeyName=r;SharedAccessKey=[REDACTED]
            azure-storage-key       | AccountKey=; missing                               | =
            azure-sas-signature     | GET /c/b?sv=2021-08-06&sp=r&sig={a:20}%3D HTTP/1.1  | GET /c/b?sv=2021-08-06&sp=r&sig=[REDACTED] HTTP/1.1
            azure-sas-signature     | config sig=abc                                     | =
            slack-token             | slack xoxe-1-{a:40} ok                             | slack [REDACTED] ok
            slack-token             | slack xoxb-1234567890-0987654321-AbCdEfGhIj        | slack [REDACTED]
            slack-token             | app token xapp-1-A0123456789-abcdefghij            | app token [REDACTED]
            slack-token             | xoxb-123 is short                                  | =
            slack-webhook-url       | post https://hooks.slack.com/services/T0123ABCD/B0123ABCD/{a:24} failed | post https://hooks.slack.com/services/[REDACTED] failed
            slack-webhook-url       | see https://hooks.slack.com/services/ for help     | =
            github-token            | gh ghp_{a:36} used                                 | gh [REDACTED] used
            github-token            | pat github_pat_11ABCDEFG0123456789_abcdefghijklmn  | pat [REDACTED]
            github-token            | ghp_short                                          | =
            gitlab-token            | token glpat-{a:20} ok                              | token [REDACTED] ok
            gitlab-token            | glpat-short                                        | =
            stripe-key              | stripe sk_live_{a:24} used                         | stripe [REDACTED] used
            stripe-key              | restricted rk_live_{a:24}                          | restricted [REDACTED]
            stripe-key              | sk_live_short                                      | =
            openai-key              | openai sk-proj-{a:48} key                          | openai [REDACTED] key
            openai-key              | legacy sk-{a:48}                                   | legacy [REDACTED]
            openai-key              | pip install sk-learn; disk-{a:30}                  | =
            anthropic-key           | key sk-ant-api03-{a:93}AA end                      | key [REDACTED] end
            anthropic-key           | sk-ant-api03-short                                 | =
            npm-token               | //registry.npmjs.org/:_authToken=npm_{a:36}        | //registry.npmjs.org/:_authToken=[REDACTED]
            npm-token               | npm_config_cache=/tmp                              | =
            vault-token             | VAULT_TOKEN hvs.{a:90} set                         | VAULT_TOKEN [REDACTED] set
            vault-token             | hvs.short                                          | =
            sendgrid-key            | sendgrid SG.{a:22}.{a:43} done                     | sendgrid [REDACTED] done
            sendgrid-key            | SG.short                                           | =
            jwt                     | jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-x_1 ok | jwt [REDACTED] ok
            jwt                     | header eyJhbGciOiJIUzI1NiJ9 only                   | =
            huggingface-token       | hf hf_{l:34} set                                   | hf [REDACTED] set
            huggingface-token       | hf_short                                           | =
            digitalocean-token      | do dop_v1_{h:64}                                   | do [REDACTED]
            digitalocean-token      | dop_v1_xyz                                         | =
            databricks-token        | dbx dapi{h:32}                                     | dbx [REDACTED]
            databricks-token        | dapi-version 2.0                                   | =
            shopify-token           | shop shpat_{h:32}                                  | shop [REDACTED]
            shopify-token           | shpat_xyz                                          | =
            pypi-token              | twine pypi-AgEIcHlwaS5vcmc{a:60}                   | twine [REDACTED]
            pypi-token              | pypi-AgEIcHlwaS5vcmc                               | =
            grafana-token           | grafana glc_{a:40}                                 | grafana [REDACTED]
            grafana-token           | sa glsa_{a:32}_{h:8}                               | sa [REDACTED]
            grafana-token           | glc_short                                          | =
            atlassian-token         | jira ATATT3{a:186}                                 | jira [REDACTED]
            atlassian-token         | ATATT3short                                        | =
            sentry-token            | sentry sntryu_{h:64}                               | sentry [REDACTED]
            sentry-token            | sntryu_x                                           | =
            age-secret-key          | age AGE-SECRET-KEY-1{g:58}                         | age [REDACTED]
            age-secret-key          | AGE-SECRET-KEY-1                                   | =
            """;

    record Row(String rule, String input, String expected) {
        boolean nearMiss() {
            return input.equals(expected);
        }

        @Override
        public String toString() {
            return rule + ": " + input;
        }
    }

    static Stream<Row> rows() {
        return TABLE.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] cells = l.split(" \\| ", 3);
            String input = expand(cells[1].strip());
            String expected = cells[2].strip().equals("=") ? input : expand(cells[2].strip());
            return new Row(cells[0].strip(), input, expected);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRuleMasksItsSecretAndLeavesItsNearMissAlone(Row row) {
        assertEquals(row.expected(), ENGINE.redact(row.input()));
        assertEquals(row.expected(), ENGINE.redact(row.expected()), "masking twice changes nothing");
        if (row.nearMiss()) {
            assertFalse(ENGINE.rulesMatching(row.input()).contains(row.rule()), "near miss matched");
        } else {
            assertTrue(
                    ENGINE.rulesMatching(row.input()).contains(row.rule()),
                    "masked, but not by " + row.rule() + ": " + ENGINE.rulesMatching(row.input()));
        }
    }

    @Test
    void everyRuleHasAPositiveRowAndANearMiss() {
        Set<String> ids = RuleFile.loadDefault().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        List<Row> rows = rows().toList();
        assertEquals(
                ids,
                rows.stream().filter(r -> !r.nearMiss()).map(Row::rule).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(
                ids, rows.stream().filter(Row::nearMiss).map(Row::rule).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Replaces {@code {a:36}} and the like by that many characters of a fixed, varied sequence. */
    static String expand(String text) {
        Matcher m = java.util.regex.Pattern.compile("\\{([ahlbg]):(\\d+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(filler(m.group(1).charAt(0), Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(out).toString();
    }

    static String filler(char kind, int length) {
        String alphabet = switch (kind) {
            case 'h' -> "0123456789abcdef";
            case 'l' -> "abcdefghijklmnopqrstuvwxyz";
            case 'b' -> "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            case 'g' -> "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
            default -> "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        };
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt((i * 7 + 3) % alphabet.length()));
        }
        return s.toString();
    }
}
