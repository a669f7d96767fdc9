"""Make the pictures of the Chinese guide (docs/使用指南.md) from goalbook's own output.

    python docs/pictures/make.py              # into docs/图/ (the checked-in pictures)
    python docs/pictures/make.py /tmp/pics    # anywhere else, e.g. to compare

Workbooks go LibreOffice → PDF → PNG: ``soffice --convert-to pdf``, then ``pdftoppm`` renders
one page, cropped to the part that matters (``-x/-y/-W/-H``) at a resolution that keeps every
picture under 200 KB. The local check page (``goalbook serve``) is served by ``make_app`` under
uvicorn in a thread and shot in headless Chromium (tests/chromium.py), the window's top part
only. Each picture is one :class:`Picture` in ``PICTURES``: a name, what it shows
and a function that makes the PNG from a working folder. Another kind of picture (a browser's
screenshot of a page) is one more entry with its own function; ``make(out, names)`` runs them.
tests/test_guide_pictures.py runs this into a temporary folder; it never rewrites docs/图/.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import uvicorn
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: this tree's goalbook and tests/chromium.py
    sys.path.insert(0, str(ROOT))

from goalbook.serve import ServeConfig  # noqa: E402
from goalbook.serve.app import make_app  # noqa: E402
from tests import chromium  # noqa: E402

OUT = ROOT / "docs" / "图"
MAX_BYTES = 200_000


@dataclass(frozen=True)
class Crop:
    """The part of a PDF page to show, in points from the page's top left, and the resolution."""

    x: float
    y: float
    width: float
    height: float
    dpi: int = 90


@dataclass(frozen=True)
class Picture:
    """One picture of the guide: its file name (without .png), what it shows, how it is made
    (the function gets a working folder and the PNG path to write)."""

    name: str
    shows: str
    render: Callable[[Path, Path], None]


# ---- running goalbook, LibreOffice and poppler ----------------------------------------------


def goalbook(*args: str) -> None:
    """Run the command line of this tree's goalbook (as the guide's commands run it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "goalbook", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode not in (0, 1):  # 1: error findings, as the examples have
        raise RuntimeError(f"goalbook {' '.join(args)}: {done.stderr.strip()}")


def to_pdf(book: Path, work: Path) -> Path:
    """The workbook printed to PDF by headless LibreOffice, with its own profile in ``work``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out = work / "pdf"
    pdf = out / f"{book.stem}.pdf"
    if pdf.exists() and pdf.stat().st_mtime >= book.stat().st_mtime:
        return pdf  # printed already for another picture
    cmd = [soffice, f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless",
           "--convert-to", "pdf", "--outdir", str(out), str(book)]  # fmt: skip
    subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True)
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice wrote no PDF for {book.name}")
    return pdf


def page_with(pdf: Path, text: str, also: str = "") -> int:
    """The number of the first page whose text starts with ``text`` (a sheet's title) and whose
    first line holds ``also`` (to tell sheets apart whose headings start alike)."""
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")  # fmt: skip
    for number, page in enumerate(pages, 1):
        if page.strip().startswith(text) and also in page.strip().split("\n", 1)[0]:
            return number
    raise RuntimeError(f"{pdf.name}: no page starts with {text!r}")


def render_page(pdf: Path, page: int, crop: Crop, png: Path) -> None:
    """Page ``page`` of ``pdf``, cropped, as ``png``."""
    scale = crop.dpi / 72
    box = [round(v * scale) for v in (crop.x, crop.y, crop.width, crop.height)]
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-r", str(crop.dpi), "-f", str(page), "-l", str(page),
         "-x", str(box[0]), "-y", str(box[1]), "-W", str(box[2]), "-H", str(box[3]),
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip


# ---- the workbooks shown --------------------------------------------------------------------

INDICATORS: tuple[
    tuple[str | int, ...], ...
] = (  # a few filled rows, chosen from the template's own lists
    ("产出指标", "数量指标", "举办青年骨干培训班", "≥", 12, 4, "期", "正向", 20),
    ("产出指标", "质量指标", "培训考核合格率", "≥", 95, 95, "%", "正向", 20),
    ("产出指标", "时效指标", "培训按计划完成率", "≥", 95, 95, "%", "正向", 10),
    ("成本指标", "经济成本指标", "人均培训成本", "≤", 800, 800, "元/人", "反向", 10),
    ("效益指标", "社会效益指标", "参训骨干参与社区服务", "≥", 3000, 1000, "人次", "正向", 20),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", 90, 90, "%", "正向", 20),
)


def template(work: Path) -> Path:
    """A blank project template, as a coordinator makes it."""
    path = work / "模板.xlsx"
    if not path.exists():
        goalbook("template", "-o", str(path), "--kind", "project", "--year", "2026",
                 "--unit", "某区团委", "--project", "青年骨干培训")  # fmt: skip
    return path


def filled(work: Path, *, add_up: bool) -> Path:
    """The template filled in as staff would (openpyxl keeps its lists and red-cell rules);
    with ``add_up`` False the money does not add up, so the totals turn red."""
    path = work / ("填好.xlsx" if add_up else "资金不符.xlsx")
    if path.exists():
        return path
    book = openpyxl.load_workbook(template(work))
    info, lines, table = book["基本信息"], book["预算明细"], book["绩效指标"]
    money = {"B16": 100, "B17": 70, "B18": 30, "B19": 40, "B20": 30, "B21": 10}
    if not add_up:
        money["B17"] = 60  # 100 ≠ 60 + 30
    for cell, value in money.items():
        info[cell] = value
    items = [("培训场地租赁", "4 期 × 3 万元", 12), ("讲师课酬", "4 期 × 4 万元", 16),
             ("教材印制", "400 本 × 0.025 万元", 10 if add_up else 8)]  # fmt: skip
    for row, (item, basis, amount) in enumerate(items, 3):
        lines[f"A{row}"], lines[f"B{row}"], lines[f"C{row}"] = item, basis, amount
    lines["C6"], lines["A6"] = 2, "结业典礼"
    if not add_up:  # the empty lines between the items and the total are left out of the picture
        for row in range(9, lines.max_row - 1):
            lines.row_dimensions[row].hidden = True
    for row, values in enumerate(INDICATORS, 3):
        for col, entry in enumerate(values, 1):
            table.cell(row=row, column=col, value=entry)
    book.save(path)
    return path


def reviewed(work: Path) -> Path:
    """The examples checked into ``work/审核``: annotated copies and the summary workbook."""
    out = work / "审核"
    if not out.exists():
        goalbook("check", str(ROOT / "examples"), "-o", str(out))
    return out


def season(work: Path) -> Path:
    """The examples checked against the roster sample into ``work/名单审核``: the summary
    workbook opens on the sheet 单位状态."""
    out = work / "名单审核"
    if not out.exists():
        goalbook("check", str(ROOT / "examples"), "--roster", str(ROOT / "templates" / "units.csv"),
                 "-o", str(out))  # fmt: skip
    return out


# What a reviewer types in the summary's 问题清单 (file, cell, code → 处理意见, 说明).
DECISIONS = (
    ("filled-000-department.xlsx", "E13", "T102", "接受", "补助标准按文件分期拨付，已另附说明"),
    ("filled-000-department.xlsx", "C15", "F202", "接受", "本地财政要求列入成本指标"),
    ("filled-000-department.xlsx", "C16", "D103", "接受", "两个指标的对象不同"),
    ("filled-004-project.xlsx", "C12", "F201", "接受", "建档属本市资产管理口径"),
    ("filled-004-project.xlsx", "E14", "T105", "退回", "完成率请写百分比，或改为数量指标"),
)


def decided(work: Path) -> Path:
    """The examples checked into ``work/处理``, decisions typed into the summary's 问题清单 as a
    reviewer types them (openpyxl keeps its dropdown), and checked again: the decisions read."""
    out = work / "处理"
    if out.exists():
        return out
    goalbook("check", str(ROOT / "examples"), "-o", str(out))
    book = openpyxl.load_workbook(out / "汇总.xlsx")
    sheet = book["问题清单"]
    heads = [cell.value for cell in sheet[1]]
    at = {name: heads.index(name) for name in ("文件", "单元格", "代码", "处理意见", "说明")}
    typed = {(f, c, k): (d, r) for f, c, k, d, r in DECISIONS}
    for row in sheet.iter_rows(min_row=2):
        key = (row[at["文件"]].value, row[at["单元格"]].value, row[at["代码"]].value)
        if key in typed:
            row[at["处理意见"]].value, row[at["说明"]].value = typed.pop(key)
    if typed:
        raise RuntimeError(f"no such findings in 问题清单: {sorted(typed)}")
    book.save(out / "汇总.xlsx")
    goalbook("check", str(ROOT / "examples"), "-o", str(out))
    return out


def note_shown(copy: Path, row: int, column: int, out: Path) -> Path:
    """The annotated copy with the note of one cell (0-based row and column) shown beside it,
    as Excel, WPS and LibreOffice show it when the mouse is over the cell: the note's shape
    made visible and anchored to the cells at its right. Only this picture's copy changes."""
    target = f"<x:Row>{row}</x:Row><x:Column>{column}</x:Column>"
    anchor = f"{column + 1}, 15, {row - 2}, 6, {column + 3}, 40, {row + 4}, 4"
    with zipfile.ZipFile(copy) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith(".vml"):
                data = _show_note(data.decode("utf-8"), target, anchor).encode("utf-8")
            dst.writestr(item, data)
    return out


def _show_note(vml: str, target: str, anchor: str) -> str:
    prefix = re.search(r"<(\w+):ClientData", vml)
    if prefix is None:
        raise RuntimeError("the annotated copy has no notes")
    target = target.replace("x:", f"{prefix[1]}:")
    shapes = re.split(r"(?=<\w+:shape )", vml)
    for i, shape in enumerate(shapes):
        if target in shape:
            shape = shape.replace("visibility:hidden", "visibility:visible")
            shapes[i] = shape.replace(
                target,
                f"<{prefix[1]}:Visible/><{prefix[1]}:Anchor>{anchor}</{prefix[1]}:Anchor>" + target,
            )
            return "".join(shapes)
    raise RuntimeError(f"no note at {target}")


# ---- the local check page in a browser -----------------------------------------------------

PAGE_WIDTH = 1100  # the browser window's width, in CSS pixels; pictures are its top part


@contextmanager
def check_page(work: Path) -> Iterator[tuple[WebDriver, str]]:
    """The page of ``goalbook serve --year 2026`` (``make_app`` under uvicorn in a thread, on a
    free loopback port) and a headless Chromium window, with the page's address."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    (work / "serve").mkdir(exist_ok=True)
    app = make_app(ServeConfig(work=work / "serve", port=port, year=2026))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="off")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the check page did not start")
        time.sleep(0.05)
    try:
        driver = chromium.start(work / "chromium", size=(PAGE_WIDTH, 900))
        try:
            yield driver, f"http://127.0.0.1:{port}"
        finally:
            driver.quit()
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def screenshot(driver: WebDriver, height: int, png: Path) -> None:
    """The top ``height`` CSS pixels of the window as ``png``."""
    clip = {"x": 0, "y": 0, "width": PAGE_WIDTH, "height": height, "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": clip})
    png.write_bytes(base64.b64decode(shot["data"]))


# ---- the pictures ---------------------------------------------------------------------------


def instructions(work: Path, png: Path) -> None:
    pdf = to_pdf(template(work), work)
    render_page(pdf, page_with(pdf, "填报说明"), Crop(30, 40, 540, 350, dpi=100), png)


def indicator_sheet(work: Path, png: Path) -> None:
    pdf = to_pdf(filled(work, add_up=True), work)
    render_page(pdf, page_with(pdf, "绩效指标"), Crop(20, 30, 802, 130, dpi=100), png)


def red_cells(work: Path, png: Path) -> None:
    pdf = to_pdf(filled(work, add_up=False), work)
    render_page(pdf, page_with(pdf, "项目支出绩效目标表"), Crop(30, 306, 540, 190, dpi=100), png)


def red_total(work: Path, png: Path) -> None:
    pdf = to_pdf(filled(work, add_up=False), work)
    render_page(pdf, page_with(pdf, "预算明细"), Crop(20, 30, 802, 185, dpi=100), png)


def report_sheet(work: Path, png: Path) -> None:
    pdf = to_pdf(decided(work) / "filled-004-project-审核.xlsx", work)
    render_page(pdf, page_with(pdf, "绩效目标表审核报告"), Crop(45, 50, 745, 118, dpi=140), png)


def finding_sheet(work: Path, png: Path) -> None:
    pdf = to_pdf(decided(work) / "汇总.xlsx", work)
    render_page(pdf, page_with(pdf, "文件", also="工作表"), Crop(48, 52, 745, 98, dpi=140), png)


def marked_cell(work: Path, png: Path) -> None:
    copy = reviewed(work) / "filled-004-project-审核.xlsx"
    shown = note_shown(copy, 13, 4, work / "批注显示.xlsx")  # E14: T105, a rate given as a count
    pdf = to_pdf(shown, work)
    render_page(pdf, page_with(pdf, "绩效指标"), Crop(30, 40, 800, 260, dpi=100), png)


def summary_sheet(work: Path, png: Path) -> None:
    pdf = to_pdf(reviewed(work) / "汇总.xlsx", work)
    render_page(pdf, page_with(pdf, "文件"), Crop(20, 20, 802, 100, dpi=110), png)


def summary_chart(work: Path, png: Path) -> None:
    pdf = to_pdf(reviewed(work) / "汇总.xlsx", work)
    render_page(pdf, page_with(pdf, "代码"), Crop(20, 20, 802, 360), png)


def status_sheet(work: Path, png: Path) -> None:
    pdf = to_pdf(season(work) / "汇总.xlsx", work)
    render_page(pdf, page_with(pdf, "名单"), Crop(25, 38, 800, 120, dpi=130), png)


def page_empty(work: Path, png: Path) -> None:
    with check_page(work) as (driver, url):
        driver.get(url + "/")
        screenshot(driver, 350, png)


def page_results(work: Path, png: Path) -> None:
    with check_page(work) as (driver, url):
        driver.get(url + "/")  # a file chosen is sent at once
        chosen = ROOT / "examples" / "filled-000-department.xlsx"
        driver.find_element(By.ID, "files").send_keys(str(chosen))
        table = (By.CSS_SELECTOR, "table.findings")
        WebDriverWait(driver, 60).until(ec.presence_of_element_located(table))
        bottom = driver.find_element(*table).rect
        screenshot(driver, round(bottom["y"] + bottom["height"]) + 20, png)


PICTURES: list[Picture] = [
    Picture("填报说明", "模板的第一张表：填写说明和指标体系（下拉列表中的选项）", instructions),
    Picture("绩效指标", "填好几行的“绩效指标”表：每行都有一级、二级指标", indicator_sheet),
    Picture("资金不符", "资金总额不等于财政拨款与其他资金之和：总额单元格变红", red_cells),
    Picture("明细合计不符", "预算明细合计与年度资金不一致：合计单元格变红", red_total),
    Picture("审核报告", "批注副本的第一张表“审核报告”（一条问题已退回并写了说明）", report_sheet),
    Picture("批注", "批注副本中标出的单元格和它的批注", marked_cell),
    Picture("汇总", "汇总.xlsx 的“汇总”表：每份表一行，最差的在前", summary_sheet),
    Picture("汇总图表", "汇总.xlsx 的“按规则”表和最常见问题的图表", summary_chart),
    Picture("处理意见", "汇总.xlsx 的“问题清单”：处理意见（接受、退回）和说明", finding_sheet),
    Picture("单位状态", "按名单检查后汇总.xlsx 的“单位状态”表：每个单位的状态", status_sheet),
    Picture("自查页", "本地检查页（goalbook serve）：把表拖到虚线框中", page_empty),
    Picture("自查结果", "本地检查页上一份表的结论和问题列表", page_results),
]


def make(out: Path, names: Iterable[str] | None = None) -> list[Path]:
    """Make the pictures (all, or those named) into ``out``; returns the PNGs written. A
    picture over 200 KB is an error (lower its Crop's dpi or cut it smaller)."""
    wanted = set(names) if names is not None else {p.name for p in PICTURES}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="goalbook-pictures-") as tmp:
        work = Path(tmp)
        for picture in PICTURES:
            if picture.name not in wanted:
                continue
            png = out / f"{picture.name}.png"
            picture.render(work, png)
            size = png.stat().st_size
            if size > MAX_BYTES:
                raise RuntimeError(f"{png.name} is {size} bytes, over {MAX_BYTES}")
            written.append(png)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for path in make(target, sys.argv[2:] or None):
        print(f"wrote {path} ({path.stat().st_size // 1000} KB)")
