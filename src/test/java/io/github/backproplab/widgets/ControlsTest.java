package io.github.backproplab.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The controls' state as ipywidgets 8 models hold it, their checks, and updates as the page sends them. */
class ControlsTest {
    private static void fromPage(Widget widget, String state) {
        widget.receive(JsonParser.parseString("{\"method\":\"update\",\"state\":" + state + ",\"buffer_paths\":[]}")
                .getAsJsonObject(), null);
    }

    @Test
    void everyControlNamesItsIpywidgets8ModelAndView() {
        Map<Widget, String> names = Map.ofEntries(
                Map.entry(new IntSlider("n", 0, 3, 1), "IntSlider"),
                Map.entry(new FloatSlider("x", 0, 1, 0.5), "FloatSlider"),
                Map.entry(new FloatLogSlider("rate", 1e-3, 1, 0.01), "FloatLogSlider"),
                Map.entry(new Dropdown("loss", "squared error", "cross-entropy"), "Dropdown"),
                Map.entry(new ToggleButton("Play", false), "ToggleButton"),
                Map.entry(new Checkbox("bias", true), "Checkbox"),
                Map.entry(new Button("Step"), "Button"),
                Map.entry(new Label("epoch 0"), "Label"),
                Map.entry(new HBox(), "HBox"),
                Map.entry(new VBox(), "VBox"));
        names.forEach((widget, name) -> {
            Map<String, Object> state = widget.snapshot();
            assertThat(state).containsEntry("_model_name", name + "Model").containsEntry("_view_name", name + "View")
                    .containsEntry("_model_module", "@jupyter-widgets/controls").containsEntry("_model_module_version", "2.0.0")
                    .containsEntry("_view_module", "@jupyter-widgets/controls").containsEntry("_view_module_version", "2.0.0");
        });
        assertThat(new Output().snapshot()).containsEntry("_model_module", "@jupyter-widgets/output")
                .containsEntry("_model_module_version", "1.0.0").containsEntry("_model_name", "OutputModel")
                .containsEntry("outputs", List.of());
    }

    @Test
    void aFloatLogSliderKeepsExponentsAsItsBounds() {
        FloatLogSlider rate = new FloatLogSlider("step size", 1e-4, 1, 0.01);
        assertThat(rate.snapshot()).containsEntry("min", -4.0).containsEntry("max", 0.0).containsEntry("base", 10.0)
                .containsEntry("value", 0.01);
        assertThat(rate.min()).isEqualTo(1e-4, org.assertj.core.api.Assertions.within(1e-18));
        assertThat(rate.value(1.0).value()).isEqualTo(1.0);
        assertThatThrownBy(() -> rate.value(2.0)).hasMessageContaining("value 2.0 is outside");
        assertThatThrownBy(() -> new FloatLogSlider("r", 0, 1, 0.5)).hasMessageContaining("positive");
    }

    @Test
    void badArgumentsAreRefusedByNameAndChangeNothing() {
        assertThatThrownBy(() -> new IntSlider("units", 5, 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"units\": min 5 is above max 1");
        IntSlider units = new IntSlider("units", 1, 8, 3);
        assertThatThrownBy(() -> units.value(9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 9 is outside 1..8");
        assertThat(units.value()).isEqualTo(3);
        assertThatThrownBy(() -> new FloatSlider("x", 0, Double.NaN, 0)).hasMessageContaining("max NaN");
        assertThatThrownBy(() -> new Dropdown("d", "a", "a")).hasMessageContaining("\"a\" appears twice");
        Dropdown dropdown = new Dropdown("d", "a", "b");
        assertThatThrownBy(() -> dropdown.value("c")).hasMessageContaining("\"c\" is not one of [a, b]");
        assertThatThrownBy(() -> new Image(new byte[] {1, 2, 3})).hasMessageContaining("3 bytes without the PNG signature");
        assertThatThrownBy(() -> new Button("b").style("pink")).hasMessageContaining("style \"pink\"");
    }

    @Test
    void updatesFromThePageReachTheCallbacks() {
        FloatSlider stepSize = new FloatSlider("step size", 0, 1, 0.1);
        List<Double> seen = new ArrayList<>();
        stepSize.onChange(seen::add);
        fromPage(stepSize, "{\"value\":0.25}");
        assertThat(seen).containsExactly(0.25);
        assertThat(stepSize.value()).isEqualTo(0.25);
        // the same value again is no change
        fromPage(stepSize, "{\"value\":0.25}");
        assertThat(seen).containsExactly(0.25);
        // the page may not change the bounds; a value out of range or of the wrong type is ignored
        fromPage(stepSize, "{\"max\":100,\"value\":3}");
        fromPage(stepSize, "{\"value\":\"fast\"}");
        assertThat(stepSize.max()).isEqualTo(1.0);
        assertThat(stepSize.value()).isEqualTo(0.25);
        assertThat(seen).containsExactly(0.25);
        // a change from Java runs the callbacks too
        stepSize.value(0.5);
        assertThat(seen).containsExactly(0.25, 0.5);
    }

    @Test
    void aDropdownTakesAnIndexAndGivesALabel() {
        Dropdown activation = new Dropdown("activation", List.of("sigmoid", "tanh", "relu"));
        List<String> seen = new ArrayList<>();
        activation.onChange(seen::add);
        fromPage(activation, "{\"index\":2}");
        assertThat(seen).containsExactly("relu");
        assertThat(activation.index()).isEqualTo(2);
        assertThat(activation.snapshot()).containsEntry("index", 2)
                .containsEntry("_options_labels", List.of("sigmoid", "tanh", "relu"));
    }

    @Test
    void aClickMessageRunsTheButtonsCallbacksAndAFailingOneDoesNotStopTheOthers() {
        int[] clicks = {0};
        Button step = new Button("Step").onClick(() -> {
            throw new IllegalStateException("broken callback");
        }).onClick(() -> clicks[0]++);
        step.receive(JsonParser.parseString("{\"method\":\"custom\",\"content\":{\"event\":\"click\"}}").getAsJsonObject(), null);
        step.receive(JsonParser.parseString("{\"method\":\"custom\",\"content\":{\"event\":\"hover\"}}").getAsJsonObject(), null);
        assertThat(clicks[0]).isEqualTo(1);
    }

    @Test
    void closingLetsGoOfTheCallbacks() {
        IntSlider slider = new IntSlider("n", 0, 3, 1);
        int[] calls = {0};
        slider.onChange(v -> calls[0]++);
        Button button = new Button("b").onClick(() -> calls[0]++);
        slider.close();
        button.close();
        assertThat(slider.isClosed()).isTrue();
        assertThat(slider.callbackCount()).isZero();
        assertThat(button.callbackCount()).isZero();
        slider.value(2);
        button.click();
        assertThat(calls[0]).isZero();
        assertThatThrownBy(() -> slider.onChange(v -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBoxRefersToItsChildrenAndRefusesItself() {
        Label a = new Label("a");
        IntSlider b = new IntSlider("b", 0, 1, 0);
        HBox row = new HBox(a, b);
        assertThat(row.children()).containsExactly(a, b);
        assertThat(WidgetState.of(row.snapshot()).state().getAsJsonArray("children").toString())
                .isEqualTo("[\"IPY_MODEL_" + a.id() + "\",\"IPY_MODEL_" + b.id() + "\"]");
        assertThatThrownBy(() -> row.children(a, row)).hasMessageContaining("child 1 is the box itself");
        assertThatThrownBy(() -> new VBox(a, null)).hasMessageContaining("child 1 is null");
    }
}
