"""Interrupts running cells through the Jupyter protocol and checks the kernel answers afterwards."""
import queue
import threading
import time
import unittest

from kernel_session import KernelTestCase, results


class InterruptTest(KernelTestCase):
    first_cell = "int kept = 42;"

    @classmethod
    def run_cell(cls, code, interrupt_after=None):
        """Runs code, interrupting the kernel interrupt_after seconds after it starts if given."""
        if interrupt_after is not None:
            threading.Timer(interrupt_after, cls.manager.interrupt_kernel).start()
        return super().run_cell(code)

    @classmethod
    def run_cell_interrupted_once_printing(cls, code):
        """Runs code and interrupts the kernel as soon as the cell prints: then it is surely running."""
        seen = []

        def hook(message):
            if message["msg_type"] == "stream" and not any(m["msg_type"] == "stream" for m in seen):
                cls.manager.interrupt_kernel()
            seen.append(message)
        reply = cls.client.execute_interactive(code, output_hook=hook, timeout=30)
        return reply["content"], seen

    def assert_interrupted(self, code, within, once_printing=False):
        start = time.monotonic()
        if once_printing:
            reply, seen = self.run_cell_interrupted_once_printing(code)
        else:
            reply, seen = self.run_cell(code, interrupt_after=1.0)
        elapsed = time.monotonic() - start
        self.assertEqual(reply["status"], "error", f"{code!r} was not interrupted: {reply}")
        self.assertEqual(reply["ename"], "CellInterrupted")
        self.assertLess(elapsed, within, f"{code!r} took {elapsed:.1f} s to stop")
        errors = [m["content"] for m in seen if m["msg_type"] == "error"]
        self.assertTrue(errors and "Interrupted" in errors[0]["traceback"][0], seen)

    def assert_still_answers(self):
        reply, seen = self.run_cell("kept + 1")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(results(seen), ["43"], "the kernel lost its variables")

    def test_sleeping_cell_wakes_and_stops(self):
        self.assert_interrupted("Thread.sleep(60_000);", within=5)
        self.assert_still_answers()

    def test_loop_that_checks_the_interrupt_flag_stops_at_its_next_step(self):
        # The way the toolkit's training loop stops: it checks the flag once per step.
        self.assert_interrupted(
            "long steps = 0;\n"
            "while (!Thread.currentThread().isInterrupted()) { steps++; }\n"
            "steps", within=5)
        self.assert_still_answers()

    def test_training_stops_at_its_next_step_and_keeps_its_history(self):
        reply, _ = self.run_cell(
            "double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};\n"
            "double[][] y = {{0}, {1}, {1}, {0}};\n"
            "Network net = Network.builder(2).seed(7).dense(4, Activation.sigmoid())\n"
            "        .dense(1, Activation.sigmoid()).loss(Loss.squaredError()).build();")
        self.assertEqual(reply["status"], "ok", reply)
        # Compiling and loading the trainer can take as long as a fixed delay; wait for its start.
        self.assert_interrupted(
            "History history = new Trainer(net, new GradientDescent(2.0))\n"
            "        .epochs(1_000_000_000).batchSize(4)\n"
            "        .listener(new TrainingListener() {\n"
            "            public void onStart(Progress p) { System.out.println(\"training\"); }\n"
            "        })\n"
            "        .fit(x, y);", within=5, once_printing=True)
        # Only a polite stop returns from fit(...), so only then is the history assigned.
        reply, seen = self.run_cell("history.status()")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(results(seen), ["INTERRUPTED"])
        self.assert_still_answers()

    def test_loop_that_ignores_interrupts_is_stopped_by_force(self):
        self.assert_interrupted("while (true) { }", within=10)
        self.assert_still_answers()

    def test_cell_that_survives_every_stop_is_left_running_and_the_kernel_says_so(self):
        # Every interrupt and every forced stop (ThreadDeath) lands in one of the two try blocks
        # and is swallowed; escaping needs a second stop in the few instructions between them.
        code = ("for (int round = 0; ; round++) {\n"
                "    if (round == 0) System.out.println(\"waiting\");\n"
                "    try {\n"
                "        while (true) { try { Thread.sleep(1); } catch (Throwable t) { } }\n"
                "    } catch (Throwable t) { }\n"
                "}")
        start = time.monotonic()
        reply, seen = self.run_cell_interrupted_once_printing(code)
        elapsed = time.monotonic() - start
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "CellInterrupted")
        self.assertLess(elapsed, 10, f"the kernel took {elapsed:.1f} s to answer")
        errors = [m["content"] for m in seen if m["msg_type"] == "error"]
        self.assertIn("did not stop", errors[0]["traceback"][0], f"after {elapsed:.1f} s")
        self.assertIn("restart the kernel", " ".join(errors[0]["traceback"]))
        self.assert_still_answers()


class EarlyInterruptTest(KernelTestCase):
    """No first cell: the test's cell arrives while JShell is still starting."""

    def test_interrupt_that_arrives_before_the_cell_runs_stops_it(self):
        # A loop that ignores interrupts, so only an interrupt kept from before it started stops it
        # without printing; one that was lost would let it print and run for 5 s.
        code = ("System.out.println(\"started\");\n"
                "long end = System.nanoTime() + 5_000_000_000L;\n"
                "while (System.nanoTime() < end) { }")
        msg_id = self.client.execute(code)
        printed = []

        def take(message):
            if message["parent_header"].get("msg_id") == msg_id and message["msg_type"] == "stream":
                printed.append(message["content"]["text"])
            return (message["parent_header"].get("msg_id") == msg_id and message["msg_type"] == "status"
                    and message["content"]["execution_state"] == "busy")
        # Once the kernel says it is busy with the cell, it has the cell: an interrupt sent before
        # that finds no cell and does nothing (as in ipykernel). JShell is still starting now.
        while not take(self.client.get_iopub_msg(timeout=10)):
            pass
        self.manager.interrupt_kernel()
        reply = self.reply_to(msg_id)["content"]
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "CellInterrupted")
        while True:
            try:
                take(self.client.get_iopub_msg(timeout=1))
            except queue.Empty:
                break
        self.assertNotIn("started", "".join(printed), "the interrupt was lost: the cell ran")
        reply, seen = self.run_cell("1 + 1")
        self.assertEqual(results(seen), ["2"])


if __name__ == "__main__":
    unittest.main()
