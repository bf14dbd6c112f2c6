"""System.exit and Runtime.halt in a cell end the cell, not the kernel: the variables stay."""
import time
import unittest

from kernel_session import KernelTestCase, results


class SystemExitTest(KernelTestCase):
    first_cell = "int kept = 42;"

    def assert_still_answers(self):
        reply, seen = self.run_cell("kept + 1")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(results(seen), ["43"], "the kernel lost its variables")
        self.assertTrue(self.manager.is_alive())

    def test_system_exit_ends_the_cell_with_a_clear_message(self):
        reply, seen = self.run_cell('System.out.println("done");\nSystem.exit(0);')
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "CellExited")
        errors = [m["content"]["traceback"] for m in seen if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1, seen)
        self.assertIn("System.exit(0) does not end the notebook's kernel", errors[0][0])
        self.assert_still_answers()

    def test_runtime_halt_ends_the_cell(self):
        reply, _ = self.run_cell("Runtime.getRuntime().halt(1);")
        self.assertEqual(reply["ename"], "CellExited", reply)
        self.assert_still_answers()

    def test_system_exit_in_a_background_thread_does_not_end_the_kernel(self):
        reply, _ = self.run_cell("new Thread(() -> System.exit(3)).start();\nThread.sleep(300);")
        self.assertEqual(reply["status"], "ok", reply)
        time.sleep(0.5)
        self.assert_still_answers()


if __name__ == "__main__":
    unittest.main()
