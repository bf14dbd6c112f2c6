"""Headless Chromium through Selenium, with the system's chromium and chromedriver (Debian's
chromium and chromium-driver): nothing is downloaded."""
import os
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def find(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("none of %s is installed (Debian: apt-get install chromium chromium-driver)" % (names,))


def start(width=1400, height=1000):
    """A headless Chromium; call quit() on it when done."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "") or find("chromium", "chromium-browser")
    for flag in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=%d,%d" % (width, height)):
        options.add_argument(flag)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium's sandbox refuses to run as root
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "") or find("chromedriver"))
    return webdriver.Chrome(options=options, service=service)


IMAGES = """
return Array.from(document.images).map(function (img) {
  return {src: img.src.slice(0, 60), complete: img.complete, width: img.naturalWidth};
});
"""


def broken_images(driver):
    """(all images, those that did not load) on the current page."""
    images = driver.execute_script(IMAGES)
    return images, [i for i in images if not i["complete"] or i["width"] <= 0]
