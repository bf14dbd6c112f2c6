package io.github.backproplab.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetStateTest {
    @Test
    void plainValuesBecomeJsonInOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", 3);
        values.put("step", 0.25);
        values.put("readout", true);
        values.put("description", "hidden units");
        values.put("tooltip", null);
        values.put("_options_labels", List.of("a", "b"));
        WidgetState state = WidgetState.of(values);
        assertThat(state.state().toString()).isEqualTo(
                "{\"value\":3,\"step\":0.25,\"readout\":true,\"description\":\"hidden units\",\"tooltip\":null,"
                        + "\"_options_labels\":[\"a\",\"b\"]}");
        assertThat(state.bufferPaths()).isEmpty();
        assertThat(state.buffers()).isEmpty();
    }

    @Test
    void binaryValuesTravelAsBuffersAtTheirPaths() {
        byte[] top = {1, 2};
        byte[] inList = {3};
        byte[] inMap = {4, 5, 6};
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("data", inMap);
        nested.put("shape", List.of(3));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", top);
        values.put("frames", Arrays.asList("x", inList));
        values.put("array", nested);
        WidgetState state = WidgetState.of(values);
        // a binary map entry is left out, a binary list item becomes null
        assertThat(state.state()).isEqualTo(JsonParser.parseString(
                "{\"frames\":[\"x\",null],\"array\":{\"shape\":[3]}}"));
        assertThat(state.bufferPaths()).isEqualTo(JsonParser.parseString(
                "[[\"value\"],[\"frames\",1],[\"array\",\"data\"]]"));
        assertThat(state.buffers()).containsExactly(top, inList, inMap);
    }

    @Test
    void widgetsAreSentAsModelReferences() {
        Label label = new Label("hi");
        WidgetState state = WidgetState.of(Map.of("children", List.of(label)));
        assertThat(state.state().getAsJsonArray("children").get(0).getAsString())
                .isEqualTo("IPY_MODEL_" + label.id());
    }

    @Test
    void updateMessagesCarryMethodStateAndPaths() {
        WidgetState state = WidgetState.of(Map.of("value", new byte[] {9}));
        assertThat(state.message("update").toString())
                .isEqualTo("{\"method\":\"update\",\"state\":{},\"buffer_paths\":[[\"value\"]]}");
    }

    @Test
    void valuesWithoutJsonFormAreRefusedByName() {
        assertThatThrownBy(() -> WidgetState.of(Map.of("value", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[\"value\"]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> WidgetState.of(Map.of("value", new ArrayList<>(List.of(new Object())))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[\"value\",0]").hasMessageContaining("java.lang.Object");
    }
}
