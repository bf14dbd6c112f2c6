package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import org.junit.jupiter.api.Test;

/**
 * The build runs the model-file tests twice: with the gson the toolkit is built against, and with
 * gson 2.8.5, which upstream IJava 1.3.0 puts ahead of the toolkit. This proves which one each
 * run really had.
 */
class GsonVersionTest {

    @Test
    void theGsonOnTheClassPathIsTheOneThisRunIsFor() {
        String expected = System.getProperty("backproplab.expectedGson");
        assertThat(expected).as("system property backproplab.expectedGson, set by the build").isNotBlank();
        String jar = JsonArray.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertThat(jar).endsWith("gson-" + expected + ".jar");
    }
}
