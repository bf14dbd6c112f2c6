package io.github.backproplab.data;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Network;
import java.nio.file.Path;
import java.util.Random;

/**
 * A process for {@link ModelFileKillTest}: saves model A, then B, then A ... to the file named by
 * its argument, the way {@link Model#save} does, until it is killed; prints "saved" after the
 * first save.
 */
public final class SaveForever {
    private SaveForever() {
    }

    /** Model A (seed 1) or B (seed 2): large enough that a save takes a while. */
    static Model model(long seed) {
        return Model.of(Network.builder(40).seed(seed).dense(300, Activation.tanh())
                .dense(40, Activation.identity()).build());
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        // Model.save lays the model out as text, then hands it to AtomicFile.write. The texts are
        // laid out once here, so that nearly all the time goes to writing and renaming, the part a
        // kill must not damage; every other save also waits a little before the rename.
        String[] texts = {JsonLayout.write(ModelFile.toJson(model(1))), JsonLayout.write(ModelFile.toJson(model(2)))};
        Random random = new Random();
        for (long i = 0; ; i++) {
            int pause = i % 2 == 0 ? 0 : random.nextInt(10);
            AtomicFile.write(file, texts[(int) (i % 2)], () -> pause(pause));
            if (i == 0) {
                System.out.println("saved");
                System.out.flush();
            }
        }
    }

    private static void pause(int millis) throws java.io.IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException();
        }
    }
}
