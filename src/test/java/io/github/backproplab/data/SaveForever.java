package io.github.backproplab.data;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Network;
import java.nio.file.Path;

/**
 * A process for {@link ModelFileKillTest}: saves model A, then B, then A ... to the file named by
 * its argument until it is killed, printing "saved" after the first save.
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
        Model[] models = {model(1), model(2)};
        for (long i = 0; ; i++) {
            models[(int) (i % 2)].save(file);
            if (i == 0) {
                System.out.println("saved");
                System.out.flush();
            }
        }
    }
}
