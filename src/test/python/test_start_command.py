"""bin/start, the README's run command: the server it brings up lists the project's kernel.

Runs bin/start --no-browser on a free port, reads the address Jupyter prints, asks the server's
REST API for its kernelspecs, then stops the server. Needs a Jupyter that bin/start finds.
"""
import json
import os
import pathlib
import re
import signal
import socket
import subprocess
import threading
import time
import unittest
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[3]
ADDRESS = re.compile(r"(http://(?:127\.0\.0\.1|localhost):\d+/)\S*?token=(\w+)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StartCommandTest(unittest.TestCase):
    def test_server_lists_the_project_kernel(self):
        port = free_port()
        server = subprocess.Popen([str(ROOT / "bin/start"), "--no-browser", "--port", str(port)],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                  start_new_session=True)
        lines = []
        found = threading.Event()
        address = {}

        def read():
            for line in server.stdout:
                lines.append(line)
                m = ADDRESS.search(line)
                if m and not found.is_set():
                    address["base"], address["token"] = m.group(1), m.group(2)
                    found.set()
        threading.Thread(target=read, daemon=True).start()
        try:
            self.assertTrue(found.wait(180), "bin/start printed no address:\n" + "".join(lines))
            self.assertIn(":%d/" % port, address["base"])
            url = address["base"] + "api/kernelspecs?token=" + address["token"]
            specs = None
            deadline = time.monotonic() + 30
            while specs is None:
                try:
                    with urllib.request.urlopen(url, timeout=10) as response:
                        specs = json.load(response)
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            self.assertIn("backprop-lab", specs["kernelspecs"], specs)
            self.assertEqual(specs["kernelspecs"]["backprop-lab"]["spec"]["display_name"], "Java (Backprop Lab)")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


if __name__ == "__main__":
    unittest.main()
