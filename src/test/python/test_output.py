"""Printed text reaches the notebook as ipykernel sends it: batched, in order, from every thread."""
import time
import unittest

from kernel_session import KernelTestCase


def streams(seen):
    """(name, text) of every stream message among the IOPub messages seen, in order."""
    return [(m["content"]["name"], m["content"]["text"]) for m in seen if m["msg_type"] == "stream"]


class OutputTest(KernelTestCase):
    def collect_after(self, msg_id, until, timeout=15):
        """IOPub messages whose parent is msg_id, read until until(messages) holds or timeout passes."""
        seen = []
        deadline = time.monotonic() + timeout
        while not until(seen) and time.monotonic() < deadline:
            try:
                message = self.client.get_iopub_msg(timeout=0.5)
            except Exception:  # queue.Empty: nothing yet
                continue
            if message["parent_header"].get("msg_id") == msg_id:
                seen.append(message)
        return seen

    def test_a_thousand_fragments_arrive_as_a_few_messages_intact_and_in_order(self):
        reply, seen = self.run_cell('for (int i = 0; i < 1000; i++) System.out.print(i + " ");')
        self.assertEqual(reply["status"], "ok", reply)
        sent = streams(seen)
        self.assertLessEqual(len(sent), 24, f"{len(sent)} stream messages for one loop")
        self.assertEqual({name for name, _ in sent}, {"stdout"})
        self.assertEqual("".join(text for _, text in sent), "".join(f"{i} " for i in range(1000)))

    def test_stdout_and_stderr_keep_the_order_they_were_written_in(self):
        reply, seen = self.run_cell(
            'for (int i = 0; i < 50; i++) {\n'
            '    System.out.print("o" + i + " ");\n'
            '    if (i % 10 == 9) System.err.print("e" + i + " ");\n'
            '}\n'
            'System.out.println("end");')
        self.assertEqual(reply["status"], "ok", reply)
        expected = []
        for i in range(50):
            expected.append(("stdout", f"o{i} "))
            if i % 10 == 9:
                expected.append(("stderr", f"e{i} "))
        expected.append(("stdout", "end\n"))
        # Each stream's run of text may come in one message or several, but never out of order.
        got = [(name, piece) for name, text in streams(seen) for piece in text.split(" ") if piece]
        want = [(name, piece) for name, text in expected for piece in text.split(" ") if piece]
        self.assertEqual([p.strip() for _, p in got], [p.strip() for _, p in want])
        self.assertEqual([n for n, _ in got], [n for n, _ in want])
        self.assertLessEqual(len(streams(seen)), 12)

    def test_printed_text_comes_before_a_display_that_follows_it(self):
        reply, seen = self.run_cell('System.out.print("before"); display("shown"); System.out.print("after");')
        self.assertEqual(reply["status"], "ok", reply)
        kinds = [m["msg_type"] for m in seen if m["msg_type"] in ("stream", "display_data")]
        self.assertEqual(kinds, ["stream", "display_data", "stream"], seen)

    def test_a_background_thread_prints_to_its_cell_during_and_after_it(self):
        msg_id = self.client.execute(
            'Thread printer = new Thread(() -> {\n'
            '    for (int i = 0; i < 30; i++) {\n'
            '        System.out.println("line " + i);\n'
            '        try { Thread.sleep(100); } catch (InterruptedException e) { return; }\n'
            '    }\n'
            '});\n'
            'printer.start();\n'
            'Thread.sleep(1000);')
        reply = self.reply_to(msg_id)
        self.assertEqual(reply["content"]["status"], "ok", reply)

        def text(seen):
            return "".join(t for _, t in streams(seen))
        seen = self.collect_after(msg_id, until=lambda s: "line 29\n" in text(s))
        self.assertEqual(text(seen), "".join(f"line {i}\n" for i in range(30)))
        idle = [i for i, m in enumerate(seen) if m["msg_type"] == "status"
                and m["content"]["execution_state"] == "idle"]
        self.assertTrue(idle and any(m["msg_type"] == "stream" for m in seen[idle[0]:]),
                        "no text arrived after the cell ended")

    def test_an_uncaught_exception_in_a_background_thread_is_shown(self):
        msg_id = self.client.execute(
            'new Thread(() -> {\n'
            '    try { Thread.sleep(300); } catch (InterruptedException e) { }\n'
            '    throw new IllegalStateException("boom in the background");\n'
            '}, "helper").start();')
        reply = self.reply_to(msg_id)
        self.assertEqual(reply["content"]["status"], "ok", reply)
        seen = self.collect_after(msg_id, until=lambda s: "boom" in "".join(t for _, t in streams(s)))
        errors = "".join(text for name, text in streams(seen) if name == "stderr")
        self.assertIn('Exception in thread "helper" java.lang.IllegalStateException: boom in the background\n'
                      '    at lambda\n', errors)
        self.assertNotIn("$JShell$", errors)


if __name__ == "__main__":
    unittest.main()
