"""A test case with the installed kernel backprop-lab running, started once for the whole class.

Needs the kernelspec to be installed where Jupyter looks (bin/test-notebooks does that in a private
folder) and Debian's jupyter_client.
"""
import unittest

from jupyter_client.manager import start_new_kernel


class KernelTestCase(unittest.TestCase):
    first_cell = None
    """A cell run once after the kernel starts (the definitions the tests share), or None."""

    @classmethod
    def setUpClass(cls):
        cls.manager, cls.client = start_new_kernel(kernel_name="backprop-lab", startup_timeout=60)
        if cls.first_cell is not None:
            reply, _ = cls.run_cell(cls.first_cell)
            assert reply["status"] == "ok", reply

    @classmethod
    def tearDownClass(cls):
        cls.client.stop_channels()
        cls.manager.shutdown_kernel(now=True)

    @classmethod
    def run_cell(cls, code):
        """Runs code; returns the execute reply's content and the IOPub messages it caused."""
        seen = []
        reply = cls.client.execute_interactive(code, output_hook=seen.append, timeout=30)
        return reply["content"], seen

    @classmethod
    def reply_to(cls, msg_id, timeout=30):
        """The shell reply to msg_id; replies to earlier requests (kernel_info at start) are skipped."""
        while True:
            reply = cls.client.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply


def results(seen):
    """The text/plain of every execute_result among the IOPub messages seen."""
    return [m["content"]["data"]["text/plain"] for m in seen if m["msg_type"] == "execute_result"]
