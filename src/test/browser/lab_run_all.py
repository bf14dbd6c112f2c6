"""Runs a notebook through JupyterLab's or Notebook 7's own interface in headless Chromium and
checks the result.

    python lab_run_all.py URL_OF_NOTEBOOK NOTEBOOK_FILE

Opens the notebook (a /lab/tree/... URL for JupyterLab, a /notebooks/... URL for Notebook 7, with
its token), waits for its kernel to be idle (the server's /api/sessions says), chooses
Edit > Clear Outputs of All Cells and then Run > Run All Cells from the menu bar, and waits until
every code cell has an execution count and the kernel is idle again. The notebook's file says how
many code cells the page must show.
Then checks: no cell shows an error, and every image in the outputs loaded. Exits 1 otherwise.
"""
import json
import sys
import time
import urllib.parse
import urllib.request

from selenium.webdriver.common.by import By

import chromium

CELLS = """
return Array.from(document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell')).map(function (cell) {
  var prompt = cell.querySelector('.jp-InputArea-prompt');
  return {prompt: prompt ? prompt.textContent.trim() : '',
          errors: cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').length,
          text: cell.querySelector('.jp-OutputArea') ? cell.querySelector('.jp-OutputArea').textContent.slice(0, 300) : ''};
});
"""


def kernel_idle(url):
    """Whether the server says the kernel of the notebook at url (its session) is idle."""
    parts = urllib.parse.urlsplit(url)
    path = urllib.parse.unquote(parts.path.split("/lab/tree/", 1)[-1] if "/lab/tree/" in parts.path
                                else parts.path.split("/notebooks/", 1)[-1])
    api = "%s://%s/api/sessions?%s" % (parts.scheme, parts.netloc, parts.query)
    with urllib.request.urlopen(api, timeout=5) as answer:
        sessions = json.load(answer)
    return any(s["path"] == path and s["kernel"]["execution_state"] == "idle" for s in sessions)


def wait(what, test, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = test()
        if value:
            return value
        time.sleep(0.5)
    raise SystemExit("FAILED  timed out after %d s waiting for %s" % (seconds, what))


def click_menu(driver, menu, command):
    """Opens a menu of the menu bar by its label and clicks the entry that runs command."""
    items = wait("the menu " + menu, lambda: [item for item in driver.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-item")
                                              if item.text.strip() == menu], 30)
    items[0].click()
    entry = wait("the menu entry " + command, lambda: driver.find_elements(
        By.CSS_SELECTOR, '.lm-Menu-item[data-command="%s"]' % command), 10)
    entry[0].click()


def main(url, notebook):
    with open(notebook, encoding="utf-8") as f:
        expected = sum(1 for c in json.load(f)["cells"] if c["cell_type"] == "code")
    driver = chromium.start()
    try:
        driver.get(url)
        ui = "JupyterLab" if "/lab/" in url else "Notebook 7"
        idle = lambda: kernel_idle(url)
        wait("the kernel to start", idle, 120)
        # The stored notebook has outputs: clear them, so that what is checked is what this run made.
        click_menu(driver, "Edit", "editmenu:clear-all")
        wait("the outputs to clear",
             lambda: all(c["prompt"] in ("", "[ ]:") for c in driver.execute_script(CELLS)), 30)
        click_menu(driver, "Run", "runmenu:run-all")

        def finished():
            cells = driver.execute_script(CELLS)
            done = cells and all(c["prompt"] not in ("", "[ ]:", "[*]:") for c in cells)
            return cells if done and idle() else None

        cells = wait("every cell to run", finished, 600)
        images, broken = chromium.broken_images(driver)
        problems = [] if len(cells) == expected else ["the page shows %d code cells, the notebook has %d" % (len(cells), expected)]
        problems += ["cell %d shows an error: %s" % (i + 1, c["text"]) for i, c in enumerate(cells) if c["errors"]]
        if broken:
            problems.append("%d of %d images did not load" % (len(broken), len(images)))
        if not images:
            problems.append("no image is shown")
        for p in problems:
            print("FAILED  " + p)
        if not problems:
            print("ok      %s ran %d code cells, no errors, %d images shown" % (ui, len(cells), len(images)))
        return 1 if problems else 0
    finally:
        driver.quit()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
