"""The lines the commands print of their own (what was written, how to stop, an interruption),
in the language of ``--lang``: Chinese by default, English with ``--lang en``. Errors keep
their two languages (``中文 / English``): they come before or without a ``--lang``."""

from __future__ import annotations

from goalbook.plural import count

_LINES = {
    "zh": {
        "wrote": "已写出 {path}",
        "templates": "已写出 {n} 份模板到 {path}",
        "indicators": "已写出 {n} 条指标到 {path}",
        "interrupted": "已中断；输入文件未改动，未写完的副本已删除",
        "stop": "按 Ctrl+C 停止",
        "open": "警告：--host {host} 使本页对网络中的其他计算机开放；访问须带口令",
        "missing": "goalbook serve 需要网页组件，请先安装：pip install 'goalbook[serve]'"
        "（在源码目录中：pip install '.[serve]'）；缺少：{names}",
    },
    "en": {
        "wrote": "wrote {path}",
        "templates": "wrote {templates} to {path}",
        "indicators": "wrote {indicators} to {path}",
        "interrupted": "interrupted; the inputs are untouched, copies half written were removed",
        "stop": "Ctrl+C to stop",
        "open": "warning: --host {host} opens the page to other machines; every request needs "
        "the token",
        "missing": "the page needs the serve extra: pip install 'goalbook[serve]' (from a clone: "
        "pip install '.[serve]'); missing: {names}",
    },
}


def said(key: str, lang: str, n: int = 0, **values: str) -> str:
    """The line ``key`` in ``lang`` with ``values`` (and ``n`` counted in English:
    ``wrote 1 template``)."""
    words = _LINES["zh" if lang == "zh" else "en"]
    counted = {"templates": count(n, "template"), "indicators": count(n, "indicator")}
    return words[key].format(n=n, **counted, **values)
