"""Opens exported notebook pages in headless Chromium and checks that every image on them loaded.

    python check_html_pages.py PAGE.html...

A page fails when one of its images did not load (natural width 0), or when it shows fewer images
than the notebook beside it (NAME.ipynb for NAME.html) has PNG outputs (an output that also has
SVG is drawn inline as SVG, not as an image, and is not counted). Prints one line per page;
exits 1 when a page fails.
"""
import json
import pathlib
import sys
import time

import chromium


def pictures_in_notebook(page):
    """How many PNG outputs without SVG the notebook beside an exported page has; 0 when there is none."""
    notebook = page.with_suffix(".ipynb")
    if not notebook.exists():
        return 0
    with open(notebook, encoding="utf-8") as f:
        cells = json.load(f)["cells"]
    return sum(1 for c in cells if c["cell_type"] == "code"
               for o in c.get("outputs", [])
               if "image/png" in o.get("data", {}) and "image/svg+xml" not in o.get("data", {}))


def main(pages):
    driver = chromium.start()
    failed = 0
    try:
        for page in pages:
            path = pathlib.Path(page).resolve()
            driver.get(path.as_uri())
            deadline = time.time() + 30
            while driver.execute_script("return document.readyState") != "complete" and time.time() < deadline:
                time.sleep(0.1)
            images, broken = chromium.broken_images(driver)
            expected = pictures_in_notebook(path)
            if len(images) < expected:
                failed += 1
                print("FAILED  %s: shows %d images, its notebook has %d pictures" % (path.name, len(images), expected))
            elif broken:
                failed += 1
                print("FAILED  %s: %d of %d images did not load, e.g. %s" % (path.name, len(broken), len(images), broken[0]["src"]))
            else:
                print("ok      %-40s %d images loaded" % (path.name, len(images)))
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
