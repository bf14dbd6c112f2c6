"""The Jupyter widget protocol (version 2, as ipywidgets 8 speaks it) through a real Jupyter client.

The client plays the page: it reads the comm_open and display messages a cell sends, and sends
the comm messages JupyterLab's widget manager sends when a slider moves or a button is clicked.
"""
import unittest

from kernel_session import KernelTestCase, results

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
VIEW = "application/vnd.jupyter.widget-view+json"


def of_type(seen, msg_type):
    return [m for m in seen if m["msg_type"] == msg_type]


class WidgetProtocolTest(KernelTestCase):
    def run_ok(self, code):
        reply, seen = self.run_cell(code)
        self.assertEqual(reply["status"], "ok", f"{code!r} failed: {reply}")
        return seen

    def value_of(self, expression):
        seen = self.run_ok(expression)
        return results(seen)[0]

    def send_comm(self, msg_type, content):
        """Sends a comm message as the page would; returns the IOPub messages it caused, up to idle."""
        msg = self.client.session.msg(msg_type, content)
        self.client.shell_channel.send(msg)
        msg_id = msg["header"]["msg_id"]
        caused = []
        while True:
            m = self.client.get_iopub_msg(timeout=30)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                return msg_id, caused
            caused.append(m)

    def update(self, comm_id, state):
        return self.send_comm("comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": state,
                                                                          "buffer_paths": []}})

    def shown(self, code):
        """Runs a cell that shows one widget; returns its comm_open messages (in order) and its display bundle."""
        seen = self.run_ok(code)
        opens = of_type(seen, "comm_open")
        displays = [m["content"]["data"] for m in seen if m["msg_type"] in ("display_data", "execute_result")]
        self.assertEqual(len(displays), 1, seen)
        return opens, displays[0]

    def test_showing_a_slider_opens_a_widget_comm_with_the_state_ipywidgets_8_expects(self):
        opens, bundle = self.shown('IntSlider units = new IntSlider("hidden units", 1, 8, 3);\ndisplay(units);')
        self.assertEqual(len(opens), 1, opens)
        opened = opens[0]
        self.assertEqual(opened["content"]["target_name"], "jupyter.widget")
        self.assertEqual(opened["metadata"]["version"], "2.1.0")
        data = opened["content"]["data"]
        self.assertEqual(data["buffer_paths"], [])
        state = data["state"]
        expected = {
            "_model_module": "@jupyter-widgets/controls", "_model_module_version": "2.0.0",
            "_model_name": "IntSliderModel", "_view_module": "@jupyter-widgets/controls",
            "_view_module_version": "2.0.0", "_view_name": "IntSliderView",
            "description": "hidden units", "min": 1, "max": 8, "value": 3, "step": 1,
            "orientation": "horizontal", "readout": True, "readout_format": "d", "continuous_update": True,
            "disabled": False, "_dom_classes": [],
        }
        for key, value in expected.items():
            self.assertEqual(state.get(key), value, key)
        comm_id = opened["content"]["comm_id"]
        self.assertEqual(bundle[VIEW], {"model_id": comm_id, "version_major": 2, "version_minor": 0})
        self.assertIn("hidden units: 3", bundle["text/plain"])
        self.assertIn("JupyterLab or Notebook 7", bundle["text/plain"])
        self.assertEqual(self.value_of("units.isOpen()"), "true")
        info = self.client.comm_info(target_name="jupyter.widget", reply=True, timeout=30)["content"]
        self.assertIn(comm_id, info["comms"])

    def test_a_value_moved_in_the_page_reaches_the_java_callback_and_is_echoed(self):
        opens, _ = self.shown('FloatSlider stepSize = new FloatSlider("step size", 0, 1, 0.1);\n'
                              'List<Double> seenValues = new ArrayList<>();\n'
                              'stepSize.onChange(seenValues::add);\n'
                              'display(stepSize);')
        comm_id = opens[0]["content"]["comm_id"]
        self.assertEqual(opens[0]["content"]["data"]["state"]["_model_name"], "FloatSliderModel")
        msg_id, caused = self.update(comm_id, {"value": 0.25})
        echoes = [m for m in of_type(caused, "comm_msg") if m["content"]["data"]["method"] == "echo_update"]
        self.assertEqual(len(echoes), 1, caused)
        self.assertEqual(echoes[0]["content"]["comm_id"], comm_id)
        self.assertEqual(echoes[0]["content"]["data"]["state"], {"value": 0.25})
        self.assertEqual(echoes[0]["parent_header"]["msg_id"], msg_id)
        self.assertEqual(self.value_of('seenValues + " " + stepSize.value()'), "[0.25] 0.25")
        # an attribute the page may not change (the bounds) is neither applied nor echoed
        _, caused = self.update(comm_id, {"max": 100})
        self.assertEqual(of_type(caused, "comm_msg"), [])
        self.assertEqual(self.value_of("stepSize.max()"), "1.0")

    def test_a_value_set_in_java_goes_to_the_page_as_an_update(self):
        opens, _ = self.shown('FloatLogSlider rate = new FloatLogSlider("step size", 1e-4, 1, 0.01);\n'
                              'display(rate);')
        state = opens[0]["content"]["data"]["state"]
        self.assertEqual((state["_model_name"], state["min"], state["max"], state["base"], state["value"]),
                         ("FloatLogSliderModel", -4.0, 0.0, 10.0, 0.01))
        comm_id = opens[0]["content"]["comm_id"]
        seen = self.run_ok("rate.value(0.1);")
        updates = [m["content"] for m in of_type(seen, "comm_msg")]
        self.assertEqual(updates, [{"comm_id": comm_id, "data": {"method": "update", "state": {"value": 0.1},
                                                                  "buffer_paths": []}}])

    def test_a_click_in_the_page_runs_the_buttons_callback(self):
        opens, _ = self.shown('int[] clicks = {0};\n'
                              'Button step = new Button("Step").onClick(() -> clicks[0]++);\n'
                              'display(step);')
        self.assertEqual(opens[0]["content"]["data"]["state"]["_model_name"], "ButtonModel")
        comm_id = opens[0]["content"]["comm_id"]
        for _ in range(2):
            self.send_comm("comm_msg", {"comm_id": comm_id, "data": {"method": "custom", "content": {"event": "click"}}})
        self.assertEqual(self.value_of("clicks[0]"), "2")

    def test_a_choice_in_a_dropdown_arrives_as_its_label(self):
        opens, _ = self.shown('Dropdown activation = new Dropdown("activation", "sigmoid", "tanh", "relu");\n'
                              'String[] chosen = {""};\n'
                              'activation.onChange(label -> chosen[0] = label);\n'
                              'display(activation);')
        state = opens[0]["content"]["data"]["state"]
        self.assertEqual((state["_options_labels"], state["index"]), (["sigmoid", "tanh", "relu"], 0))
        self.update(opens[0]["content"]["comm_id"], {"index": 2})
        self.assertEqual(self.value_of('chosen[0] + " " + activation.value() + " " + activation.index()'), "relu relu 2")
        # an index outside the options changes nothing
        self.update(opens[0]["content"]["comm_id"], {"index": 7})
        self.assertEqual(self.value_of("activation.value()"), "relu")

    def test_toggles_and_checkboxes_take_booleans_from_the_page(self):
        opens, _ = self.shown('ToggleButton play = new ToggleButton("Play", false);\n'
                              'Checkbox l2 = new Checkbox("L2", true);\n'
                              'display(new HBox(play, l2));')
        ids = {m["content"]["data"]["state"]["_model_name"]: m["content"]["comm_id"] for m in opens}
        self.update(ids["ToggleButtonModel"], {"value": True})
        self.update(ids["CheckboxModel"], {"value": False})
        self.assertEqual(self.value_of('play.value() + " " + l2.value()'), "true false")

    def test_a_box_opens_its_children_first_and_refers_to_them(self):
        opens, bundle = self.shown('Label status = new Label("epoch 0");\n'
                                   'IntSlider epochs = new IntSlider("epochs", 1, 100, 10);\n'
                                   'display(new VBox(epochs, status));')
        names = [m["content"]["data"]["state"]["_model_name"] for m in opens]
        self.assertEqual(names, ["IntSliderModel", "LabelModel", "VBoxModel"])
        children = opens[2]["content"]["data"]["state"]["children"]
        self.assertEqual(children, ["IPY_MODEL_" + opens[0]["content"]["comm_id"],
                                    "IPY_MODEL_" + opens[1]["content"]["comm_id"]])
        self.assertEqual(bundle[VIEW]["model_id"], opens[2]["content"]["comm_id"])
        self.assertIn("epochs: 10", bundle["text/plain"])
        self.assertIn("epoch 0", bundle["text/plain"])

    def test_an_image_sends_its_png_as_a_binary_buffer_and_falls_back_to_the_picture(self):
        seen = self.run_ok('java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(4, 3, '
                           'java.awt.image.BufferedImage.TYPE_INT_RGB);\n'
                           'Image image = new Image(picture);\n'
                           'display(image);')
        opened = of_type(seen, "comm_open")[0]
        self.assertEqual(opened["content"]["data"]["state"]["_model_name"], "ImageModel")
        self.assertEqual(opened["content"]["data"]["state"]["format"], "png")
        buffers = [m for m in of_type(seen, "comm_msg") if m["content"]["comm_id"] == opened["content"]["comm_id"]]
        self.assertEqual(len(buffers), 1, seen)
        self.assertEqual(buffers[0]["content"]["data"]["buffer_paths"], [["value"]])
        self.assertTrue(bytes(buffers[0]["buffers"][0]).startswith(PNG_SIGNATURE))
        bundle = [m["content"]["data"] for m in seen if m["msg_type"] == "display_data"][0]
        self.assertIn(VIEW, bundle)
        self.assertIn("image/png", bundle)
        self.assertIn("<img src=\"data:image/png;base64,", bundle["text/html"])
        self.assertIn("JupyterLab or Notebook 7", bundle["text/html"])

    def test_a_state_request_gets_the_whole_state(self):
        opens, _ = self.shown('Label asked = new Label("full state");\ndisplay(asked);')
        comm_id = opens[0]["content"]["comm_id"]
        _, caused = self.send_comm("comm_msg", {"comm_id": comm_id, "data": {"method": "request_state"}})
        updates = of_type(caused, "comm_msg")
        self.assertEqual(len(updates), 1, caused)
        state = updates[0]["content"]["data"]["state"]
        self.assertEqual((state["_model_name"], state["value"]), ("LabelModel", "full state"))

    def test_the_control_comm_answers_with_every_open_widget(self):
        opens, _ = self.shown('Label listed = new Label("listed");\ndisplay(listed);')
        comm_id = opens[0]["content"]["comm_id"]
        control = "control-comm-of-the-test"
        self.send_comm("comm_open", {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}})
        _, caused = self.send_comm("comm_msg", {"comm_id": control, "data": {"method": "request_states"}})
        replies = of_type(caused, "comm_msg")
        self.assertEqual(len(replies), 1, caused)
        data = replies[0]["content"]["data"]
        self.assertEqual(data["method"], "update_states")
        entry = data["states"][comm_id]
        self.assertEqual((entry["model_name"], entry["model_module"], entry["model_module_version"]),
                         ("LabelModel", "@jupyter-widgets/controls", "2.0.0"))
        self.assertEqual(entry["state"]["value"], "listed")

    def test_closing_from_the_page_frees_the_callbacks(self):
        opens, _ = self.shown('IntSlider closing = new IntSlider("closing", 0, 10, 5);\n'
                              'closing.onChange(v -> System.out.println(v));\n'
                              'int openBefore = Widgets.open().size();\n'
                              'display(closing);')
        comm_id = opens[0]["content"]["comm_id"]
        self.assertEqual(self.value_of("closing.callbackCount() + \" \" + (Widgets.open().size() - openBefore)"), "1 1")
        self.send_comm("comm_close", {"comm_id": comm_id, "data": {}})
        self.assertEqual(self.value_of('closing.isOpen() + " " + closing.callbackCount() + " "'
                                       ' + (Widgets.open().size() - openBefore)'), "false 0 0")
        # the kernel no longer routes messages to it
        self.update(comm_id, {"value": 9})
        self.assertEqual(self.value_of("closing.value()"), "5")
        info = self.client.comm_info(target_name="jupyter.widget", reply=True, timeout=30)["content"]
        self.assertNotIn(comm_id, info["comms"])

    def test_closing_from_java_closes_the_comm_in_the_page(self):
        opens, _ = self.shown('Button closed = new Button("gone").onClick(() -> {});\ndisplay(closed);')
        comm_id = opens[0]["content"]["comm_id"]
        seen = self.run_ok("closed.close();")
        self.assertEqual([m["content"]["comm_id"] for m in of_type(seen, "comm_close")], [comm_id])
        self.assertEqual(self.value_of("closed.callbackCount()"), "0")

    def test_without_a_widget_front_end_the_display_is_the_static_fallback(self):
        # A console answers a comm_open for a target it does not know with a comm_close.
        opens, _ = self.shown('Checkbox lonely = new Checkbox("bias", true);\ndisplay(lonely);')
        self.send_comm("comm_close", {"comm_id": opens[0]["content"]["comm_id"], "data": {}})
        seen = self.run_ok("display(lonely);")
        self.assertEqual(of_type(seen, "comm_open"), [])
        bundle = of_type(seen, "display_data")[0]["content"]["data"]
        self.assertNotIn(VIEW, bundle)
        self.assertEqual(bundle["text/plain"].splitlines()[0], "Checkbox bias: [x]")
        self.assertIn("JupyterLab or Notebook 7", bundle["text/plain"])

    def test_an_output_area_shows_text_and_rendered_objects(self):
        opens, _ = self.shown('Output log = new Output();\ndisplay(log);')
        state = opens[0]["content"]["data"]["state"]
        self.assertEqual((state["_model_module"], state["_model_module_version"], state["_model_name"],
                          state["outputs"]), ("@jupyter-widgets/output", "1.0.0", "OutputModel", []))
        seen = self.run_ok('log.appendText("loss 0.5\\n");\nlog.append(42);')
        outputs = [m["content"]["data"]["state"]["outputs"] for m in of_type(seen, "comm_msg")]
        self.assertEqual(outputs[-1], [{"output_type": "stream", "name": "stdout", "text": "loss 0.5\n"},
                                       {"output_type": "display_data", "data": {"text/plain": "42"}, "metadata": {}}])

    def test_training_is_steered_by_clicks_and_toggles_from_the_page(self):
        opens, _ = self.shown(
            'double[][] points = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};\n'
            'double[][] labels = {{0}, {1}, {1}, {0}};\n'
            'Network xor = Network.builder(2).seed(3).dense(4, Activation.tanh()).dense(1, Activation.sigmoid())\n'
            '        .loss(Loss.squaredError()).build();\n'
            'TrainingView steer = new TrainingView(new SteppedTraining(xor, () -> new GradientDescent(1.0),\n'
            '        new org.ejml.data.DMatrixRMaj(points), new org.ejml.data.DMatrixRMaj(labels), 2, 5), 10);\n'
            'display(steer.widget());')
        ids = {}
        for m in opens:
            state = m["content"]["data"]["state"]
            ids[(state["_model_name"], state.get("description"))] = m["content"]["comm_id"]
        step_id = ids[("ButtonModel", "Step")]
        image_id = ids[("ImageModel", None)]
        _, caused = self.send_comm("comm_msg", {"comm_id": step_id, "data": {"method": "custom",
                                                                              "content": {"event": "click"}}})
        redrawn = [m for m in of_type(caused, "comm_msg") if m["content"]["comm_id"] == image_id]
        self.assertEqual(len(redrawn), 1, caused)
        self.assertTrue(bytes(redrawn[0]["buffers"][0]).startswith(PNG_SIGNATURE))
        self.assertEqual(self.value_of("steer.training().steps()"), "1")
        self.update(ids[("FloatLogSliderModel", "step size")], {"value": 2.0})
        self.update(ids[("ToggleButtonModel", "Play")], {"value": True})
        self.run_ok("while (steer.training().steps() < 50) Thread.sleep(5);")
        self.update(ids[("ToggleButtonModel", "Play")], {"value": False})
        self.assertEqual(self.value_of("steer.training().stepSize()"), "2.0")
        steps = int(self.value_of("steer.training().steps()"))
        self.assertGreaterEqual(steps, 50)
        # paused: the count stays
        self.assertEqual(self.value_of("Thread.sleep(200);\nsteer.training().steps()"), str(steps))


class WidgetRestartTest(KernelTestCase):
    def test_a_restart_leaves_no_widgets_or_callbacks(self):
        reply, _ = self.run_cell('IntSlider before = new IntSlider("x", 0, 3, 1).onChange(v -> {});\n'
                                 'display(before);')
        self.assertEqual(reply["status"], "ok", reply)
        self.manager.restart_kernel(now=True)
        self.client.wait_for_ready(timeout=60)
        reply, seen = self.run_cell("Widgets.open().size()")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(results(seen), ["0"])


if __name__ == "__main__":
    unittest.main()
