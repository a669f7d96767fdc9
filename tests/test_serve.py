"""goalbook serve in-process (Starlette's TestClient): routes, limits, token, escaping of
everything a workbook or an upload brings, safe download names, and nothing left behind."""

from __future__ import annotations

import base64
import html
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from goalbook.cli.serve import serve as serve_command

# the command itself, not through the goalbook group: invoked through the group in this process,
# click would keep "-h" in its help and change the command reference tests/test_docs.py checks
from goalbook.frameworks import builtin_ids
from goalbook.serve import ServeConfig
from goalbook.serve.app import make_app
from tests import test_intake
from tests.returns import Return
from tests.serving import HOSTILE, bad_return, hostile_return

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def client(work: Path, **options: Any) -> TestClient:
    config = ServeConfig(work=work, timeout=60, **options)
    return TestClient(make_app(config), base_url="http://127.0.0.1", raise_server_exceptions=False)


@pytest.fixture
def web(work: Path) -> Iterator[TestClient]:
    with client(work) as c:
        yield c


def upload(web: TestClient, *paths: Path, names: list[str] | None = None,
           lang: str = "zh") -> Any:  # fmt: skip
    names = names or [p.name for p in paths]
    files = [("files", (n, p.read_bytes(), XLSX)) for n, p in zip(names, paths, strict=True)]
    return web.post(f"/check?lang={lang}", files=files)


def rows(html: str) -> list[tuple[str, str, str]]:
    """(code, sheet, cell) of every findings row of a results page."""
    found = re.findall(
        r'<td class="code"[^>]*>([A-Z]\d+)</td>\s*'
        r'<td class="sheet">([^<]*)</td>\s*<td class="cell">([^<]*)</td>',
        html,
    )
    return [(code, sheet, cell) for code, sheet, cell in found]


def links(html: str, attribute: str) -> list[tuple[str, bytes]]:
    """(download name, bytes) of the data: links with this class or id attribute."""
    out = []
    pattern = rf'{attribute} href="data:[^;]+;base64,([^"]+)" download="([^"]+)"'
    for data, name in re.findall(pattern, html):
        out.append((name, base64.b64decode(data)))
    return out


def test_the_pages_answer_in_both_languages(web: TestClient) -> None:
    zh = web.get("/")
    assert zh.status_code == 200 and "把工作簿拖到这里" in zh.text and 'lang="zh-CN"' in zh.text
    en = web.get("/?lang=en")
    assert "Drop workbooks here" in en.text and 'href="/?lang=zh"' in en.text
    assert "default-src 'none'" in zh.headers["content-security-policy"]
    assert zh.headers["x-content-type-options"] == "nosniff"
    rules = web.get("/rules")
    assert 'id="rule-T105"' in rules.text and "比率" in rules.text and "{" not in rules.text
    assert "rate" in web.get("/rules?lang=en").text.lower()


def test_the_rules_page_shows_each_rules_hand_example(web: TestClient) -> None:
    """Every rule with a hand example (the guide's) shows its wrong row and its fix, escaped."""
    from goalbook.ruleexamples import examples

    page = web.get("/rules").text
    shown = examples().rules
    assert len(shown) > 40
    for code, example in shown.items():
        row = page[page.index(f'id="rule-{code}"') :]
        row = row[: row.index("</tr>\n  <tr id=") if "</tr>\n  <tr id=" in row else len(row)]
        for value in (*example.wrong, *example.right):
            assert html.escape(value, quote=False) in row, (code, value)
    assert page.count('class="example"') == len(shown)
    assert web.get("/static/goalbook.js").status_code == 200
    assert web.get("/static/goalbook.css").headers["content-type"].startswith("text/css")
    assert web.get("/nothing-here").status_code == 404
    assert web.get("/check").status_code == 405  # only POST


def test_a_template_downloads_with_a_safe_chinese_name(work: Path) -> None:
    with client(work, year=2026, unit="某区团委") as web:
        page = web.get("/templates")
        links = page.text.count('class="template-link"')
        assert links == 2 * len(builtin_ids())  # every shipped framework × 2 kinds
        got = web.get("/template/nat-2021/department.xlsx")
        assert got.status_code == 200 and got.headers["content-type"] == XLSX
        disposition = got.headers["content-disposition"]
        assert disposition.startswith('attachment; filename="2026-goal-table-department-nat-2021')
        assert "filename*=UTF-8''2026-%E7%BB%A9%E6%95%88" in disposition  # 2026-绩效…
        wb = openpyxl.load_workbook(io.BytesIO(got.content))
        meta = [c.value for r in wb["_meta"].iter_rows() for c in r]
        assert "绩效指标" in wb.sheetnames and "某区团委" in meta
        assert web.get("/template/nat-2021/other.xlsx").status_code == 404
        assert web.get("/template/nope/project.xlsx").status_code == 404
    with client(work, frameworks=("shanghai",), kinds=("project",)) as web:
        assert web.get("/templates").text.count('class="template-link"') == 1
        assert web.get("/template/nat-2021/project.xlsx").status_code == 404


def test_one_return_shows_its_findings_and_its_annotated_copy(
    web: TestClient, tmp_path: Path, work: Path
) -> None:
    path = bad_return().write(tmp_path / "某单位 2026.xlsx")
    page = upload(web, path)
    assert page.status_code == 200
    found = rows(page.text)
    assert ("B101", "基本信息", "B16") in found and ("X102", "基本信息", "B26") in found
    assert "退回修改" in page.text and 'data-severity="error"' in page.text
    [(name, data)] = links(page.text, 'class="download-copy"')
    assert name == "某单位 2026-审核.xlsx"
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames[0] == "审核报告" and wb["基本信息"]["B16"].comment is not None
    assert list(work.iterdir()) == []  # nothing kept


def test_english_messages_with_lang_en(web: TestClient, tmp_path: Path) -> None:
    page = upload(web, bad_return().write(tmp_path / "r.xlsx"), lang="en")
    assert "send back" in page.text and "Download the annotated copy" in page.text
    assert ("B101", "基本信息", "B16") in rows(page.text)


def test_several_returns_give_a_zip_with_the_summary(
    web: TestClient, tmp_path: Path, work: Path
) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    bad = bad_return().write(tmp_path / "bad.xlsx")
    page = upload(web, good, bad, good, names=["a.xlsx", "b.xlsx", "a.xlsx"])
    assert page.text.count('<section class="file') == 3 and "通过" in page.text
    [(name, data)] = links(page.text, 'id="download-all"')
    assert name == "审核结果.zip"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert sorted(zf.namelist()) == ["a-2-审核.xlsx", "a-审核.xlsx", "b-审核.xlsx", "汇总.xlsx"]
    assert list(work.iterdir()) == []


def test_no_workbook_text_is_ever_markup(web: TestClient, tmp_path: Path, work: Path) -> None:
    path = hostile_return().write(tmp_path / "r.xlsx")
    page = upload(web, path, names=['"><img src=x onerror=alert(2)>.xlsx'])
    text = page.text
    assert page.status_code == 200
    assert [c for c, _sheet, _cell in rows(text)].count("T105") == 2
    for hostile in HOSTILE[:2]:
        assert hostile not in text
    # (the client sends the file name's quote as %22, as browsers do)
    assert "onerror=alert(2)>" not in text and "&gt;&lt;img src=x onerror=alert(2)&gt;.xlsx" in text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in text
    assert text.count("<script") == 1 and "<img" not in text  # only the page's own script
    assert 'download="%22__img src=x onerror=alert(2)_-审核.xlsx"' in text  # a safe name
    assert list(work.iterdir()) == []


MAKERS = [
    (test_intake.zip_bomb, "S006"),
    (test_intake.encrypted, "S005"),
    (test_intake.truncated, "S004"),
    (test_intake.text_file, "S003"),
    (test_intake.empty_file, "S002"),
]


def test_hostile_files_get_their_one_line_and_the_good_one_is_checked(
    web: TestClient, tmp_path: Path, work: Path
) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    bad = [make(tmp_path, good) for make, _code in MAKERS]
    page = upload(web, good, *bad)
    sections = page.text.split('<section class="file')[1:]
    assert len(sections) == 1 + len(MAKERS)
    assert "verdict-pass" in sections[0]
    for section, (_make, code) in zip(sections[1:], MAKERS, strict=True):
        assert "verdict-unreadable" in section and "无法读取" in section
        assert 'class="note"' in section, code
    assert str(work) not in page.text and "/uploads/" not in page.text  # no server path
    assert list(work.iterdir()) == []


def test_an_annotated_copy_sent_back_unchanged_is_named_as_goalbook_output(
    web: TestClient, tmp_path: Path, work: Path
) -> None:
    [(name, data)] = links(upload(web, bad_return().write(tmp_path / "r.xlsx")).text,
                           'class="download-copy"')  # fmt: skip
    (tmp_path / name).write_bytes(data)
    alone = upload(web, tmp_path / name)
    assert "verdict-skipped" in alone.text and "只找到 goalbook 的输出" in alone.text
    mixed = upload(web, tmp_path / name, Return().write(tmp_path / "good.xlsx"))
    assert "goalbook 的输出" in mixed.text and "verdict-pass" in mixed.text
    assert list(work.iterdir()) == []


def test_upload_limits(work: Path, tmp_path: Path) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    size = good.stat().st_size
    with client(work, max_files=2, max_file_bytes=size + 10) as web:
        too_many = upload(web, good, good, good)
        assert too_many.status_code == 413 and "最多 2 个文件" in too_many.text
        big = tmp_path / "big.xlsx"
        big.write_bytes(good.read_bytes() + b"\0" * 100)
        page = upload(web, good, big)
        assert page.status_code == 200 and "文件超过" in page.text and "verdict-pass" in page.text
        over = web.post("/check", content=b"x" * (2 * size + 2**20 + 200),
                        headers={"content-type": "multipart/form-data; boundary=b"})  # fmt: skip
        assert over.status_code == 413
        empty = web.post("/check", files=[("files", ("", b"", XLSX))])
        assert empty.status_code == 400 and "请先选择" in empty.text
        wrong = web.post("/check", content=b"--b\r\nbroken", headers={
            "content-type": "multipart/form-data; boundary=b"})  # fmt: skip
        assert wrong.status_code == 400
    assert list(work.iterdir()) == []


def test_a_token_is_needed_on_every_request_when_set(work: Path) -> None:
    with client(work, token="s3cret") as web:
        for path in ("/", "/rules", "/templates", "/static/goalbook.js",
                     "/template/nat-2021/project.xlsx"):  # fmt: skip
            assert web.get(path).status_code == 403, path
        assert web.post("/check", files=[("files", ("a.xlsx", b"x", XLSX))]).status_code == 403
        assert web.get("/?token=wrong").status_code == 403
        assert web.get("/", headers={"authorization": "Bearer s3cret"}).status_code == 200
        assert web.get("/", headers={"x-goalbook-token": "s3cret"}).status_code == 200
        first = web.get("/?token=s3cret")
        assert first.status_code == 200 and "HttpOnly" in first.headers["set-cookie"]
        assert web.get("/rules").status_code == 200  # the cookie carries it from now on
    assert list(work.iterdir()) == []


def test_other_host_names_are_refused_on_loopback(work: Path) -> None:
    with client(work) as web:
        assert web.get("/", headers={"host": "evil.example"}).status_code == 400
        assert web.get("/", headers={"host": "localhost:8765"}).status_code == 200


def test_a_failing_check_leaves_nothing(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from goalbook.serve import checking

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(checking, "check_paths", broken)
    with client(work) as web:
        page = upload(web, Return().write(tmp_path / "r.xlsx"))
        assert page.status_code == 500 and "boom" not in page.text
    assert list(work.iterdir()) == []


def test_a_client_that_disconnects_mid_upload_leaves_nothing(work: Path, tmp_path: Path) -> None:
    import anyio

    app = make_app(ServeConfig(work=work))
    body = (b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.xlsx\"\r\n"
            b"Content-Type: application/octet-stream\r\n\r\n" + b"PK" * 5000)  # fmt: skip
    messages = [
        {"type": "http.request", "body": body, "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "method": "POST", "path": "/check", "raw_path": b"/check",
        "query_string": b"", "root_path": "", "scheme": "http", "http_version": "1.1",
        "server": ("127.0.0.1", 8765), "client": ("127.0.0.1", 5000),
        "headers": [(b"host", b"127.0.0.1"), (b"content-length", b"999999"),
                    (b"content-type", b"multipart/form-data; boundary=b")],
    }  # fmt: skip
    anyio.run(app, scope, receive, send)
    assert list(work.iterdir()) == []


def test_keep_keeps_the_uploads_and_outputs(work: Path, tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    keep.mkdir()
    with client(work, keep=keep) as web:
        upload(web, bad_return().write(tmp_path / "r.xlsx"))
    [folder] = list(keep.iterdir())
    assert sorted(p.name for p in folder.rglob("*.xlsx")) == ["r-审核.xlsx", "r.xlsx"]
    assert list(work.iterdir()) == []


def test_the_command_says_what_to_install_when_the_extra_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from goalbook.cli import serve as command

    monkeypatch.setattr(command, "NEEDED", ("starlette", "no_such_module_xyz"))
    done = CliRunner().invoke(serve_command, [])
    assert done.exit_code == 2
    assert "pip install 'goalbook[serve]'" in done.output and "no_such_module_xyz" in done.output


def test_serving_the_network_warns_and_makes_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    started: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(kw))
    done = CliRunner().invoke(serve_command, ["--host", "0.0.0.0", "--port", "9999"])
    assert done.exit_code == 0, done.output
    assert "警告" in done.output and "?token=" in done.output
    assert [(kw["host"], kw["port"]) for kw in started] == [("0.0.0.0", 9999)]
    short = CliRunner().invoke(serve_command, ["--token", "a b"])
    assert short.exit_code == 2 and "--token" in short.output
    local = CliRunner().invoke(serve_command, [])
    assert "警告" not in local.output and "http://127.0.0.1:8765/\n" in local.output


def test_every_message_slot_has_a_word_on_the_rules_page() -> None:
    from goalbook.catalogue import RULES
    from goalbook.serve.slots import SLOTS

    used = set().union(*(rule.placeholders for rule in RULES.values()))
    assert used <= set(SLOTS), sorted(used - set(SLOTS))
