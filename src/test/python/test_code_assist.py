"""Completion, inspection and is_complete through the Jupyter protocol, as a notebook asks for them."""
import unittest

from kernel_session import KernelTestCase


class CodeAssistTest(KernelTestCase):
    first_cell = "String greeting = \"hello\";"

    def test_completes_a_method_of_a_variable(self):
        code = "int n = 1;\ngreeting.toUpp"
        reply = self.client.complete(code, len(code), reply=True, timeout=30)["content"]
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("toUpperCase(", reply["matches"])
        self.assertEqual(code[reply["cursor_start"]:reply["cursor_end"]], "toUpp")

    def test_completes_a_variable_declared_earlier_in_the_same_cell(self):
        code = "double learningRate = 0.1;\nString label = \"loss\";\nSystem.out.println(learn"
        reply = self.client.complete(code, len(code), reply=True, timeout=30)["content"]
        self.assertIn("learningRate", reply["matches"])
        self.assertEqual(code[reply["cursor_start"]:reply["cursor_end"]], "learn")
        code = "String label = \"loss\";\nlabel.toUpp"
        reply = self.client.complete(code, len(code), reply=True, timeout=30)["content"]
        self.assertIn("toUpperCase(", reply["matches"])

    def test_inspects_a_method(self):
        code = "Math.max(1, 2)"
        reply = self.client.inspect(code, code.index("max") + 1, reply=True, timeout=30)["content"]
        self.assertTrue(reply["found"], reply)
        self.assertIn("max(", reply["data"]["text/plain"])

    def test_shift_tab_shows_the_javadoc_of_a_toolkit_method(self):
        code = "Network.builder(2)"
        # detail_level 0 is what Shift-Tab asks for in JupyterLab and the classic notebook.
        reply = self.client.inspect(code, code.index("builder") + 2, detail_level=0, reply=True, timeout=30)
        text = reply["content"]["data"]["text/plain"]
        self.assertIn("Network.builder(int inputs)", text)
        self.assertIn("Starts a network whose input rows have inputs columns.", text)

    def test_tells_complete_from_incomplete_code(self):
        def status(code):
            msg_id = self.client.is_complete(code)
            reply = self.client.get_shell_msg(timeout=30)
            self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
            return reply["content"]["status"]
        self.assertEqual(status("int x = 1;"), "complete")
        self.assertEqual(status("for (int i = 0; i < 3; i++) {"), "incomplete")
        self.assertEqual(status("int x = ;"), "invalid")


if __name__ == "__main__":
    unittest.main()
