"""goalbook serve in a real browser: headless Chromium (Debian's chromium and chromium-driver)
driven by Selenium against ``goalbook serve`` on a loopback port. Staff's path through the
page: choose a return, read the findings, filter and sort them, download the annotated copy,
switch the language, download a template, read the rules. Screenshots are kept in the test's
folder and copied to /tmp/serve-shots/ to be looked at."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests import chromium
from tests.returns import Return
from tests.serving import Server, bad_return, hostile_return, serving

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/serve-shots")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(tmp_path_factory.mktemp("serve-tmp"), "--year", "2026") as running:
        yield running


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, downloads: Path) -> Iterator[WebDriver]:
    try:
        driver = chromium.start(tmp_path_factory.mktemp("profile"), downloads)
    except RuntimeError as err:  # a real-browser test must not pass silently without it
        pytest.fail(str(err))
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: WebDriver, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    driver.save_screenshot(str(path))
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
    return path


def wait(driver: WebDriver, css: str, seconds: float = 60) -> None:
    WebDriverWait(driver, seconds).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def choose(driver: WebDriver, server: Server, *paths: Path, lang: str = "zh") -> None:
    """Open the page and choose files: the page sends them as soon as they are chosen."""
    driver.get(f"{server.url}/?lang={lang}")
    driver.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in paths))
    wait(driver, "section.file")


def codes(driver: WebDriver, visible_only: bool = False) -> list[str]:
    cells = driver.find_elements(By.CSS_SELECTOR, "table.findings td.code")
    return [c.text for c in cells if c.is_displayed() or not visible_only]


def downloaded(folder: Path, pattern: str, seconds: float = 30) -> Path:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = [p for p in folder.glob(pattern) if not p.name.endswith(".crdownload")]
        if done:
            time.sleep(0.2)
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"nothing like {pattern} downloaded: {list(folder.iterdir())}")


def test_choose_a_return_and_read_filter_and_sort_its_findings(
    browser: WebDriver, server: Server, tmp_path: Path
) -> None:
    ret = bad_return()
    ret.row("驿站验收合格率")[4:7] = [2, 2, "篇"]  # T105 (an error in 绩效指标)
    choose(browser, server, ret.write(tmp_path / "某区团委-2026年绩效目标.xlsx"))
    found = codes(browser)
    assert {"B101", "X102", "T105"} <= set(found)
    assert browser.find_element(By.CSS_SELECTOR, "section.file .verdict").text == "退回修改"
    shot(browser, tmp_path, "results-zh")
    # filter: only the errors
    for severity in ("warning", "info"):
        box = browser.find_element(By.CSS_SELECTOR, f"input[data-filter={severity}]")
        if box.is_selected():
            box.click()
    shown = codes(browser, visible_only=True)
    assert shown and set(shown) <= {"B101", "T105"}
    shot(browser, tmp_path, "results-errors-only")
    browser.find_element(By.CSS_SELECTOR, "input[data-filter=warning]").click()
    assert "X102" in codes(browser, visible_only=True)
    # sort by code, then the other way
    header = browser.find_element(By.CSS_SELECTOR, "th button[data-sort=code]")
    header.click()
    assert codes(browser) == sorted(codes(browser))
    header.click()
    assert codes(browser) == sorted(codes(browser), reverse=True)


def test_download_the_annotated_copy_and_the_zip(
    browser: WebDriver, server: Server, tmp_path: Path, downloads: Path
) -> None:
    good = Return().write(tmp_path / "甲单位.xlsx")
    bad = bad_return().write(tmp_path / "乙单位.xlsx")
    choose(browser, server, good, bad)
    sections = browser.find_elements(By.CSS_SELECTOR, "section.file")
    assert [s.get_attribute("data-verdict") for s in sections] == ["pass", "return"]
    sections[1].find_element(By.CSS_SELECTOR, "a.download-copy").click()
    copy = downloaded(downloads, "乙单位-审核*.xlsx")
    wb = openpyxl.load_workbook(copy)
    assert wb.sheetnames[0] == "审核报告" and wb["基本信息"]["B16"].comment is not None
    browser.find_element(By.ID, "download-all").click()
    archive = downloaded(downloads, "审核结果*.zip")
    assert archive.stat().st_size > 0
    assert server.work_files() == []  # nothing of the uploads left on the server


def test_switch_to_english_and_check_there(
    browser: WebDriver, server: Server, tmp_path: Path
) -> None:
    browser.get(server.url + "/")
    browser.find_element(By.ID, "switch-lang").click()
    wait(browser, "html[lang=en]")
    assert "Drop workbooks here" in browser.find_element(By.ID, "drop").text
    browser.find_element(By.ID, "files").send_keys(str(bad_return().write(tmp_path / "r.xlsx")))
    wait(browser, "section.file")
    assert browser.find_element(By.CSS_SELECTOR, "section.file .verdict").text == "send back"
    assert "B101" in codes(browser)
    shot(browser, tmp_path, "results-en")
    browser.find_element(By.ID, "switch-lang").click()
    wait(browser, "html[lang=zh-CN]")


def test_hostile_cell_texts_stay_text_in_the_browser(
    browser: WebDriver, server: Server, tmp_path: Path
) -> None:
    choose(browser, server, hostile_return().write(tmp_path / "hostile.xlsx"))
    indicators = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "td.indicator")]
    assert any(t.startswith("<script>alert('x')</script>") for t in indicators)
    assert browser.find_elements(By.CSS_SELECTOR, "main img, main script") == []
    assert browser.execute_script("return window.__x === undefined")  # nothing ran


def test_download_a_template_and_read_the_rules(
    browser: WebDriver, server: Server, tmp_path: Path, downloads: Path
) -> None:
    browser.get(server.url + "/")
    browser.find_element(By.ID, "nav-templates").click()
    wait(browser, "#templates")
    shot(browser, tmp_path, "templates-zh")
    link = browser.find_element(By.CSS_SELECTOR, "a[data-framework=nat-2021][data-kind=project]")
    link.click()
    template = downloaded(downloads, "2026-绩效目标表-项目支出-nat-2021*.xlsx")
    assert "绩效指标" in openpyxl.load_workbook(template).sheetnames
    browser.find_element(By.ID, "nav-rules").click()
    wait(browser, "#rules")
    rows = browser.find_elements(By.CSS_SELECTOR, "#rules tbody tr")
    assert len(rows) > 50 and browser.find_element(By.ID, "rule-T105").is_displayed()
    shot(browser, tmp_path, "rules-zh")


DROP = """
const [source, target] = arguments;
const data = new DataTransfer();
for (const file of source.files) { data.items.add(file); }
for (const name of ["dragenter", "dragover", "drop"]) {
  target.dispatchEvent(new DragEvent(name, {dataTransfer: data, bubbles: true, cancelable: true}));
}
"""


def test_drop_a_return_on_the_page(browser: WebDriver, server: Server, tmp_path: Path) -> None:
    browser.get(server.url + "/")
    shot(browser, tmp_path, "index-zh")
    # a file the test picks outside the page, then drops on the drop zone as a person would
    source = browser.execute_script(
        "const i = document.createElement('input'); i.type = 'file'; i.id = 'outside';"
        "document.body.appendChild(i); return i;"
    )
    source.send_keys(str(bad_return().write(tmp_path / "拖入的表.xlsx")))
    browser.execute_script(DROP, source, browser.find_element(By.ID, "drop"))
    wait(browser, "section.file")
    assert browser.find_element(By.CSS_SELECTOR, "section.file .name").text == "拖入的表.xlsx"
    assert "B101" in codes(browser)
