"""Opens exported notebook pages in headless Chromium and checks that every image on them loaded.

    python check_html_pages.py PAGE.html...

A page fails when one of its images did not load (natural width 0), or when a page that comes from
a notebook with pictures shows none. Prints one line per page; exits 1 when a page fails.
"""
import pathlib
import sys
import time

import chromium


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
            if broken:
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
