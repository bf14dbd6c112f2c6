package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
    @Test
    void kernelJsonStartsThisKernelWithTheGivenJava() {
        String json = KernelSpec.json("/opt/jdk/bin/java", List.of("-Djava.awt.headless=true"), "a.jar:b.jar");
        JsonObject spec = JsonParser.parseString(json).getAsJsonObject();
        assertThat(spec.get("display_name").getAsString()).isEqualTo("Java (Backprop Lab)");
        assertThat(spec.get("language").getAsString()).isEqualTo("java");
        assertThat(spec.get("interrupt_mode").getAsString()).isEqualTo("message");
        assertThat(spec.getAsJsonArray("argv").asList()).map(e -> e.getAsString()).containsExactly(
                "/opt/jdk/bin/java", "-Djava.awt.headless=true", "-cp", "a.jar:b.jar",
                "io.github.backproplab.kernel.KernelMain", "{connection_file}");
    }

    @Test
    void installScopeDefaultsToTheUser() {
        assertThat(InstallKernel.scope(new String[0])).containsExactly("--user");
        assertThat(InstallKernel.scope(new String[] {"--sys-prefix"})).containsExactly("--sys-prefix");
        assertThat(InstallKernel.scope(new String[] {"--prefix", "/x/y"})).containsExactly("--prefix", "/x/y");
        assertThatThrownBy(() -> InstallKernel.scope(new String[] {"--prefix"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstallKernel.scope(new String[] {"--user", "--sys-prefix"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTheKernelspecToolJupytersOwnPythonRunsTheModule(@TempDir Path bin) throws IOException {
        Path jupyter = bin.resolve("jupyter");
        Files.writeString(jupyter, "#!/usr/bin/env python3\nimport sys\n");
        assertThat(jupyter.toFile().setExecutable(true)).isTrue();
        assertThat(KernelspecCommand.find(bin.toString())).containsExactly(
                "/usr/bin/env", "python3", "-m", "jupyter_client.kernelspecapp");

        Path tool = bin.resolve("jupyter-kernelspec");
        Files.writeString(tool, "#!/bin/sh\n");
        assertThat(tool.toFile().setExecutable(true)).isTrue();
        assertThat(KernelspecCommand.find(bin.toString())).containsExactly("jupyter", "kernelspec");
    }

    @Test
    void withoutJupyterTheMessageSaysWhatToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> KernelspecCommand.find(empty.toString()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("install Jupyter");
    }
}
