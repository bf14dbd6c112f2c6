package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitJavadocTest {
    private final ToolkitJavadoc javadoc =
            new ToolkitJavadoc(ToolkitJavadoc.class.getClassLoader(), ToolkitJavadoc.importedPackages());

    @Test
    void findsTheJavadocOfAMethodAConstructorAndAClassAsJShellNamesThem() {
        assertThat(javadoc.of("Network.Builder Network.builder(int inputs)"))
                .contains("Starts a network whose input rows have inputs columns.");
        assertThat(javadoc.of("Trainer(Network network, Optimizer optimizer)"))
                .contains("A trainer of network (modified by training) with optimizer.");
        assertThat(javadoc.of("io.github.backproplab.nn.Network")).hasValueSatisfying(text -> assertThat(text)
                .startsWith("A sequential network of dense layers of any depth, with its loss.")
                .contains("Network net = Network.builder(2).seed(7)")
                .doesNotContain("<pre>", "{@code"));
    }

    @Test
    void overloadsAreToldApartByTheirParameterTypes() {
        assertThat(javadoc.of("ForwardPass Network.forward(org.ejml.data.DMatrixRMaj x)")).isPresent();
        assertThat(javadoc.of("void Network.forward(org.ejml.data.DMatrixRMaj x, ForwardPass pass)")).isPresent();
        assertThat(javadoc.of("void Network.forward(String nothing)")).isEmpty();
    }

    @Test
    void othersClassesHaveNothingHere() {
        assertThat(javadoc.of("int Math.max(int a, int b)")).isEmpty();
        assertThat(javadoc.of("java.lang.String")).isEmpty();
    }

    @Test
    void inlineTagsAndHtmlBecomePlainText() {
        assertThat(ToolkitJavadoc.plainText("Runs {@code fit} (see {@link Trainer#fit(double[][], double[][])},"
                + " {@link #history() the history}).<p>Then &lt;stops&gt;."))
                .isEqualTo("Runs fit (see Trainer.fit(double[][], double[][]), the history).\n\nThen <stops>.");
        assertThat(ToolkitJavadoc.parameterTypes("java.util.Map<String, Integer> counts, double... xs"))
                .containsExactly("Map", "double[]");
    }
}
