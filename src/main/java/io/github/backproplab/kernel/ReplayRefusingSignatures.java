package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.messages.HMACGenerator;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Message signatures that refuse a signature seen before, as jupyter_client's {@code Session} does
 * with its digest history: a correctly signed message captured and sent again is not run again.
 *
 * <p>The base kernel computes a received message's signature with this generator and drops the
 * message (throwing a {@code SecurityException}) when it differs from the one the message carries.
 * For a signature this generator has already produced, it returns one that cannot match. Signatures
 * of the kernel's own messages pass through it too; each of those is new (fresh id and time).
 */
final class ReplayRefusingSignatures extends HMACGenerator {
    /** How many signatures are remembered; jupyter_client keeps 2^16. */
    static final int HISTORY = 1 << 16;

    private final Set<String> seen = new LinkedHashSet<>();

    ReplayRefusingSignatures(String scheme, String key) throws NoSuchAlgorithmException, InvalidKeyException {
        super(scheme, key);
    }

    @Override
    public synchronized String calculateSignature(byte[]... messageParts) {
        String signature = super.calculateSignature(messageParts);
        if (!seen.add(signature)) {
            return "repeated:" + signature; // not hex, so no message carries it
        }
        if (seen.size() > HISTORY) {
            seen.remove(seen.iterator().next()); // the oldest
        }
        return signature;
    }
}
