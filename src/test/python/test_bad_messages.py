"""Unsigned, wrongly signed, replayed and malformed messages on the shell and control channels are
dropped, and the kernel keeps serving both channels: a correct execute_request and an interrupt work."""
import json
import queue
import threading
import time
import unittest

from jupyter_client.session import Session

from kernel_session import KernelTestCase, results


class BadMessagesTest(KernelTestCase):
    first_cell = "int runs = 0;"

    def socket(self, channel):
        return {"shell": self.client.shell_channel, "control": self.client.control_channel}[channel].socket

    def send_frames(self, channel, header, content, sign_with=None):
        """Sends a message built by hand; sign_with is the key, None for the client's own."""
        session = self.client.session
        parts = [p if isinstance(p, bytes) else json.dumps(p).encode() for p in (header, {}, {}, content)]
        signer = session if sign_with is None else Session(key=sign_with)
        self.socket(channel).send_multipart([b"<IDS|MSG>", signer.sign(parts)] + parts)

    def header(self, msg_type, **changes):
        header = self.client.session.msg_header(msg_type)
        header["date"] = header["date"].isoformat()
        header.update(changes)
        return header

    def assert_no_reply(self, channel, within=1.5):
        read = {"shell": self.client.get_shell_msg, "control": self.client.get_control_msg}[channel]
        try:
            answer = read(timeout=within)
        except queue.Empty:
            return
        self.fail(f"the kernel answered a bad message on {channel}: {answer}")

    def assert_runs(self):
        """The runs counter as the kernel has it now, through a correct request."""
        reply, seen = self.run_cell("runs")
        self.assertEqual(reply["status"], "ok", reply)
        return int(results(seen)[0])

    def assert_interrupt_works(self):
        start = time.monotonic()
        threading.Timer(1.0, self.manager.interrupt_kernel).start()
        reply, _ = self.run_cell("Thread.sleep(60_000);")
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "CellInterrupted")
        self.assertLess(time.monotonic() - start, 10)

    def bad_messages(self, channel):
        code = {"code": "runs++;", "silent": False, "store_history": True, "user_expressions": {},
                "allow_stdin": False, "stop_on_error": True}
        request = "execute_request" if channel == "shell" else "kernel_info_request"
        content = code if channel == "shell" else {}
        self.send_frames(channel, self.header(request), content, sign_with=b"")  # unsigned
        self.send_frames(channel, self.header(request), content, sign_with=b"not-the-key")
        self.send_frames(channel, self.header(request), b"{not json")
        self.send_frames(channel, {"msg_id": "x", "msg_type": request}, content)  # header fields missing
        self.send_frames(channel, self.header("no_such_request"), {})
        self.send_frames(channel, b"[1, 2", content)

    def test_bad_messages_on_the_shell_channel_are_dropped_and_it_keeps_serving(self):
        before = self.assert_runs()
        self.bad_messages("shell")
        self.assert_no_reply("shell")
        self.assertEqual(self.assert_runs(), before, "a badly signed or malformed request ran")
        self.assert_interrupt_works()

    def test_bad_messages_on_the_control_channel_are_dropped_and_interrupts_still_land(self):
        self.bad_messages("control")
        self.assert_no_reply("control")
        self.assert_interrupt_works()
        self.assert_runs()

    def test_a_replayed_request_runs_once(self):
        before = self.assert_runs()
        message = self.client.session.msg("execute_request", {
            "code": "runs++;", "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True})
        frames = self.client.session.serialize(message)
        self.socket("shell").send_multipart(frames)
        reply = self.reply_to(message["header"]["msg_id"])
        self.assertEqual(reply["content"]["status"], "ok", reply)
        self.socket("shell").send_multipart(frames)  # the same bytes, the same signature
        self.assert_no_reply("shell")
        self.assertEqual(self.assert_runs(), before + 1)

    def test_a_replayed_interrupt_is_refused(self):
        message = self.client.session.msg("kernel_info_request", {})
        frames = self.client.session.serialize(message)
        self.socket("control").send_multipart(frames)
        self.assertEqual(self.client.get_control_msg(timeout=10)["msg_type"], "kernel_info_reply")
        self.socket("control").send_multipart(frames)
        self.assert_no_reply("control")
        self.assert_interrupt_works()


if __name__ == "__main__":
    unittest.main()
