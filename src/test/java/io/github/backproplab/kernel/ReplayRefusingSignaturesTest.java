package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spencerpark.jupyter.messages.HMACGenerator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplayRefusingSignaturesTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSignatureIsGivenOnceAndThenNeverMatchesAgain() throws Exception {
        HMACGenerator plain = new HMACGenerator("hmac-sha256", "secret");
        ReplayRefusingSignatures refusing = new ReplayRefusingSignatures("hmac-sha256", "secret");
        byte[][] message = {bytes("{\"msg_id\":\"1\"}"), bytes("{}"), bytes("{}"), bytes("{\"code\":\"1\"}")};
        String expected = plain.calculateSignature(message);

        assertThat(refusing.calculateSignature(message)).isEqualTo(expected);
        assertThat(refusing.calculateSignature(message)).isNotEqualTo(expected);
        byte[][] other = {bytes("{\"msg_id\":\"2\"}"), bytes("{}"), bytes("{}"), bytes("{\"code\":\"1\"}")};
        assertThat(refusing.calculateSignature(other)).isEqualTo(plain.calculateSignature(other));
    }

    @Test
    void theHistoryForgetsTheOldestBeyondItsSize() throws Exception {
        ReplayRefusingSignatures refusing = new ReplayRefusingSignatures("hmac-sha256", "secret");
        byte[] first = bytes("first");
        String signature = refusing.calculateSignature(first);
        for (int i = 0; i < ReplayRefusingSignatures.HISTORY; i++) {
            refusing.calculateSignature(bytes("message " + i));
        }
        assertThat(refusing.calculateSignature(first)).isEqualTo(signature);
    }
}
