package io.github.backproplab.kernel;

import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content of the kernelspec's {@code kernel.json}: how Jupyter starts this kernel. */
final class KernelSpec {
    static final String NAME = "backprop-lab";
    static final String DISPLAY_NAME = "Java (Backprop Lab)";

    private KernelSpec() {
    }

    /**
     * @param java       the java executable, as an absolute path
     * @param jvmOptions options before the class path, e.g. {@code -Djava.awt.headless=true}
     * @param classpath  the kernel's class path, entries joined by the platform's separator
     */
    static String json(String java, List<String> jvmOptions, String classpath) {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(jvmOptions);
        argv.add("-cp");
        argv.add(classpath);
        argv.add(KernelMain.class.getName());
        argv.add("{connection_file}");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        // A JVM has no SIGINT handler that interrupts one thread: ask for an interrupt_request.
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }
}
