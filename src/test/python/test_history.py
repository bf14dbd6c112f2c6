"""history_request gets a history_reply with the cells this kernel ran (the base kernel sent none)."""
import unittest

from kernel_session import KernelTestCase


class HistoryTest(KernelTestCase):
    first_cell = "int a = 1;"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for code in ("int b = a + 1;", "System.out.println(b);", "int b = a + 1;"):
            reply, _ = cls.run_cell(code)
            assert reply["status"] == "ok", reply

    def history(self, **request):
        msg_id = self.client.history(raw=True, output=False, **request)
        reply = self.reply_to(msg_id, timeout=10)
        self.assertEqual(reply["msg_type"], "history_reply")
        self.assertEqual(reply["content"]["status"], "ok")
        return [tuple(entry) for entry in reply["content"]["history"]]

    def test_tail_gives_the_last_cells_oldest_first(self):
        tail = self.history(hist_access_type="tail", n=2)
        self.assertEqual([entry[2] for entry in tail], ["System.out.println(b);", "int b = a + 1;"])
        self.assertEqual(tail[1][1], tail[0][1] + 1, tail)

    def test_range_gives_the_numbered_cells_of_this_session(self):
        everything = self.history(hist_access_type="tail", n=100)
        first = everything[0][1]
        cells = self.history(hist_access_type="range", session=0, start=first, stop=first + 2)
        self.assertEqual([entry[2] for entry in cells], ["int a = 1;", "int b = a + 1;"])
        self.assertEqual(self.history(hist_access_type="range", session=-1, start=1, stop=3), [])

    def test_search_matches_a_glob_and_unique_keeps_the_latest(self):
        found = self.history(hist_access_type="search", pattern="int b*", n=10)
        self.assertEqual(len(found), 2, found)
        unique = self.history(hist_access_type="search", pattern="int b*", n=10, unique=True)
        self.assertEqual([entry[1] for entry in unique], [found[-1][1]])

    def test_with_output_asked_for_each_entry_holds_the_input_and_no_output(self):
        latest = self.history(hist_access_type="tail", n=1)[0]
        asked = self.client.history(raw=True, output=True, hist_access_type="tail", n=1)
        entry = self.reply_to(asked, timeout=10)["content"]["history"][0]
        self.assertEqual(entry, [latest[0], latest[1], [latest[2], None]])

    def test_the_kernel_answers_after_a_history_request(self):
        self.history(hist_access_type="tail", n=1)
        reply, _ = self.run_cell("a + 41")
        self.assertEqual(reply["status"], "ok")


if __name__ == "__main__":
    unittest.main()
