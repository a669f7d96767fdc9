"""The command line's usage errors in goalbook's two languages: click writes them in English
(``Missing argument 'PATHS...'.``); each is shown as goalbook's own lines are, ``中文 / English``.

Pure functions on the English text, so the command line (the one module importing click) only
has to pass the message through.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from goalbook.output import printable

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _value(text: str) -> str:
    """The Chinese of what click says about a bad value (the part after ``Invalid value``)."""
    for pattern, chinese in _VALUES:
        found = pattern.match(text)
        if found:
            return chinese(found)
    zh, sep, _en = text.partition(" / ")  # goalbook's own message: already in both languages
    return zh if sep else text


_VALUES: tuple[_Rule, ...] = (
    (re.compile(r"(.+) is not a valid integer( range)?\.?$"), lambda m: f"{m[1]} 不是整数"),
    (re.compile(r"(.+) is not a valid float( range)?\.?$"), lambda m: f"{m[1]} 不是数字"),
    (
        re.compile(r"(.+) is not in the range (.+?)\.?$"),
        lambda m: f"{m[1]} 不在允许的范围 {m[2]} 内",
    ),
    (re.compile(r"(?:File|Path|Directory) (.+) does not exist\.?$"), lambda m: f"{m[1]} 不存在"),
    (re.compile(r"(?:File|Path) (.+) is a directory\.?$"), lambda m: f"{m[1]} 是文件夹"),
    (re.compile(r"(?:Directory|Path) (.+) is a file\.?$"), lambda m: f"{m[1]} 是文件"),
    (re.compile(r"(.+?) is not one of (.+?)\.?$", re.S), lambda m: f"{m[1]} 不是 {m[2]} 之一"),
    (re.compile(r"(.+?) is not (.+?)\.?$", re.S), lambda m: f"{m[1]} 不是 {m[2]}"),
)
_MESSAGES: tuple[_Rule, ...] = (
    (re.compile(r"Missing argument (.+?)\.?$"), lambda m: f"缺少参数 {m[1]}"),
    (re.compile(r"Missing option (.+?)\.?$"), lambda m: f"缺少选项 {m[1]}"),
    (re.compile(r"Missing parameter:? (.+?)\.?$"), lambda m: f"缺少参数 {m[1]}"),
    (re.compile(r"Missing command\.?$"), lambda m: "缺少命令（运行 goalbook -h 查看全部命令）"),
    (
        re.compile(r"No such command (.+?)\.?$"),
        lambda m: f"没有这个命令 {m[1]}（运行 goalbook -h 查看全部命令）",
    ),
    (re.compile(r"No such option:? (\S+?)\.?$"), lambda m: f"没有这个选项 {m[1]}"),
    (re.compile(r"Option (.+) requires an argument\.?$"), lambda m: f"选项 {m[1]} 需要一个值"),
    (re.compile(r"Option (.+) requires \d+ arguments\.?$"), lambda m: f"选项 {m[1]} 缺少值"),
    (re.compile(r"Option (.+) does not take a value\.?$"), lambda m: f"选项 {m[1]} 不带值"),
    (re.compile(r"Got unexpected extra arguments? \((.+)\)$"), lambda m: f"多余的参数：{m[1]}"),
    (
        re.compile(r"Invalid value for (.+?): (.*)$", re.S),
        lambda m: f"{m[1]} 的值无效：{_value(m[2])}",
    ),
    (re.compile(r"Invalid value: (.*)$", re.S), lambda m: f"值无效：{_value(m[1])}"),
)


def bilingual(message: str) -> str:
    """``中文 / English`` for one of click's usage messages (the English alone when click says
    something not known here), shown escaped."""
    message = message.strip()
    guess = re.search(r"\s*\(?Did you mean(?: one of:)? (.+?)\?\)?$", message)
    body = message[: guess.start()] if guess else message
    for pattern, zh in _MESSAGES:
        found = pattern.match(body)
        if found:
            zh_text = zh(found) + (f"；是不是要用 {guess[1]}？" if guess else "")
            return printable(f"{zh_text} / {_english(message)}")
    return printable(message)


def _english(message: str) -> str:
    """The English of a message that quotes goalbook's own ``中文 / English`` text."""
    found = re.match(r"(Invalid value(?: for .+?)?: )(.*? / )(.*)$", message, re.S)
    return found[1] + found[3] if found else message


def usage_line(usage: str) -> str:
    """click's ``Usage: goalbook check …`` line, with the word in both languages."""
    return re.sub(r"^Usage:", "用法 / Usage:", usage)


def help_hint(command: str) -> str:
    """Where to find help: ``运行 'goalbook check -h' 查看帮助 / Try 'goalbook check -h' …``."""
    return f"运行 '{command}' 查看帮助 / Try '{command}' for help."


def aborted() -> str:
    return "已中止 / Aborted!"
