"""The stored-outputs check: equal outputs pass, a changed output fails, timings compare by shape."""
import base64
import copy
import struct
import unittest

from check_stored_outputs import differences


def png(width, height, colour=0):
    """The start of a PNG of the given size (all the check reads), with one varying byte after it."""
    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", width, height)
    return base64.b64encode(header + bytes([colour])).decode()


def notebook(text, tags=None):
    cell = {"cell_type": "code", "source": "System.out.println(x);", "metadata": {"tags": tags or []},
            "outputs": [{"output_type": "stream", "name": "stdout", "text": text},
                        {"output_type": "display_data", "data": {"image/png": png(600, 400), "text/plain": "figure"},
                         "metadata": {}}]}
    return {"cells": [{"cell_type": "markdown", "source": "# title", "metadata": {}}, cell]}


class DifferencesTest(unittest.TestCase):
    def test_equal_outputs_pass(self):
        self.assertEqual([], differences(notebook("loss 0.5\n"), notebook("loss 0.5\n")))

    def test_changed_text_is_named(self):
        problems = differences(notebook("loss 0.5\n"), notebook("loss 0.4\n"))
        self.assertEqual(1, len(problems))
        self.assertIn("code cell 1", problems[0])
        self.assertIn("System.out.println", problems[0])

    def test_a_picture_of_another_size_is_named(self):
        fresh = notebook("loss 0.5\n")
        fresh["cells"][1]["outputs"][1]["data"]["image/png"] = png(600, 500)
        self.assertEqual(1, len(differences(notebook("loss 0.5\n"), fresh)))

    def test_a_picture_that_differs_only_in_its_pixels_passes(self):
        fresh = notebook("loss 0.5\n")
        fresh["cells"][1]["outputs"][1]["data"]["image/png"] = png(600, 400, colour=1)
        self.assertEqual([], differences(notebook("loss 0.5\n"), fresh))

    def test_a_full_double_differing_in_its_last_digits_passes_but_a_visible_change_fails(self):
        stored = notebook("loss 0.43885769574431677\n")
        self.assertEqual([], differences(stored, notebook("loss 0.43885769574431690\n")))
        self.assertEqual(1, len(differences(stored, notebook("loss 0.43886769574431677\n"))))
        self.assertEqual(1, len(differences(notebook("loss 0.4389\n"), notebook("loss 0.4388\n"))))

    def test_timings_compare_by_shape(self):
        stored = notebook("3 ms\n", ["timings"])
        self.assertEqual([], differences(stored, notebook("5 ms\n")))
        fewer = copy.deepcopy(stored)
        fewer["cells"][1]["outputs"].pop()
        self.assertEqual(1, len(differences(stored, fewer)))

    def test_a_widget_view_compares_without_its_model_id(self):
        def widget(model_id, version=2):
            stored = notebook("loss 0.5\n")
            stored["cells"][1]["outputs"][1]["data"]["application/vnd.jupyter.widget-view+json"] = {
                "model_id": model_id, "version_major": version, "version_minor": 0}
            return stored
        self.assertEqual([], differences(widget("3a28"), widget("23c2")))
        self.assertEqual(1, len(differences(widget("3a28"), widget("3a28", version=3))))

    def test_a_png_inlined_in_html_compares_by_size(self):
        def html(picture, text="loss 0.5"):
            stored = notebook("loss 0.5\n")
            stored["cells"][1]["outputs"][1]["data"]["text/html"] = [
                "<pre>%s</pre>\n" % text, '<img src="data:image/png;base64,%s"/>' % picture]
            return stored
        self.assertEqual([], differences(html(png(600, 400)), html(png(600, 400, colour=1))))
        self.assertEqual(1, len(differences(html(png(600, 400)), html(png(600, 500)))))
        self.assertEqual(1, len(differences(html(png(600, 400)), html(png(600, 400), "loss 0.4"))))

    def test_a_missing_cell_is_named(self):
        fresh = notebook("loss 0.5\n")
        fresh["cells"].append(copy.deepcopy(fresh["cells"][1]))
        self.assertIn("1 code cells stored, 2 executed", differences(notebook("loss 0.5\n"), fresh)[0])


if __name__ == "__main__":
    unittest.main()
