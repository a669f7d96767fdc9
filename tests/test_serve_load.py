"""A load test of goalbook serve on localhost (correctness under load, not speed): 20 uploads
at once, good returns and hostile files mixed, against a real uvicorn in a child process. Each
gets its own right answer, the server's memory stays bounded, nothing is left in its working
folder, and it still answers afterwards."""

from __future__ import annotations

import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2
import psutil

from tests import test_intake
from tests.returns import Return
from tests.serving import bad_return, serving

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UPLOADS = 20


def _verdict(html: str) -> tuple[str, str]:
    """(verdict, the page's text of the one file) of a one-file results page."""
    section = html.split('<section class="file', 1)[1]
    verdict = re.search(r'data-verdict="(\w+)"', section)
    assert verdict is not None
    return verdict[1], section


def test_twenty_concurrent_uploads_of_good_and_hostile_returns(tmp_path: Path) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    bad = bad_return().write(tmp_path / "bad.xlsx")
    cases: list[tuple[Path, str, str]] = [  # file, verdict, words its page must show
        (good, "pass", "通过"),
        (bad, "return", "B101"),
        (test_intake.zip_bomb(tmp_path, good), "unreadable", "压缩"),
        (test_intake.encrypted(tmp_path, good), "unreadable", "加密"),
        (test_intake.truncated(tmp_path, good), "unreadable", "损坏"),
        (test_intake.text_file(tmp_path, good), "unreadable", "文本/CSV"),
    ]
    jobs = [cases[i % len(cases)] for i in range(UPLOADS)]
    with serving(tmp_path / "server", "--timeout", "60") as server:
        proc = psutil.Process(server.proc.pid)
        with httpx2.Client(base_url=server.url, timeout=300) as client:

            def post(path: Path) -> httpx2.Response:
                files = [("files", (path.name, path.read_bytes(), XLSX))]
                return client.post("/check", files=files)

            assert post(good).status_code == 200  # warm: the first check's imports are done
            before = proc.memory_info().rss
            peak = [before, before]  # the server alone; with its worker processes
            stop = threading.Event()

            def sample() -> None:
                while not stop.wait(0.05):
                    try:
                        own = proc.memory_info().rss
                        workers = sum(c.memory_info().rss for c in proc.children(recursive=True))
                    except psutil.Error:
                        continue
                    peak[0] = max(peak[0], own)
                    peak[1] = max(peak[1], own + workers)

            sampler = threading.Thread(target=sample)
            sampler.start()
            started = time.monotonic()
            try:
                with ThreadPoolExecutor(UPLOADS) as pool:
                    answers = list(pool.map(post, [path for path, _v, _w in jobs]))
            finally:
                stop.set()
                sampler.join()
            took = time.monotonic() - started
            after = proc.memory_info().rss
            for (path, verdict, words), answer in zip(jobs, answers, strict=True):
                assert answer.status_code == 200, path.name
                got, text = _verdict(answer.text)
                assert (got, words in text) == (verdict, True), path.name
            assert client.get("/rules").status_code == 200  # still answers
            again = _verdict(post(bad).text)
            assert again[0] == "return"
        assert server.work_files() == []  # nothing of 22 uploads left behind
    mb = 2**20
    report = (f"load: {UPLOADS} uploads in {took:.1f} s; server RSS before {before / mb:.0f} MB, "
              f"peak {peak[0] / mb:.0f} MB, after {after / mb:.0f} MB; with its workers at "
              f"most {peak[1] / mb:.0f} MB")  # fmt: skip
    print(report)
    Path("/tmp/serve-shots").mkdir(exist_ok=True)
    Path("/tmp/serve-shots/load.txt").write_text(report + "\n", encoding="utf-8")
    assert peak[0] < before + 300 * mb and after < before + 150 * mb, report
    assert peak[1] < 2048 * mb, report  # at most --concurrent checks of --jobs workers at once


def test_a_visitor_who_leaves_during_the_check_leaves_nothing(tmp_path: Path) -> None:
    good = Return().write(tmp_path / "good.xlsx").read_bytes()
    boundary = "leave"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="r{i}.xlsx"\r\n'
        f"Content-Type: {XLSX}\r\n\r\n".encode()
        + good
        + b"\r\n"
        for i in range(6)
    ]
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    with serving(tmp_path / "server") as server:
        port = int(server.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as sock:
            head = (f"POST /check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n"
                    f"Content-Type: multipart/form-data; boundary={boundary}\r\n\r\n")  # fmt: skip
            sock.sendall(head.encode() + body)
            deadline = time.monotonic() + 30
            while not server.work_files() and time.monotonic() < deadline:
                time.sleep(0.02)
            assert server.work_files(), "the upload never reached the check"
        # the visitor is gone while the returns are being checked
        deadline = time.monotonic() + 60
        while server.work_files() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.work_files() == []
        with httpx2.Client(base_url=server.url, timeout=60) as client:
            assert client.get("/").status_code == 200
