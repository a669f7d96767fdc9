"""The exceptions goalbook raises: each carries one line a person can act on."""

from goalbook.catalogue import RULES


class GoalbookError(Exception):
    """A problem with what the user asked for (a usage error): the message says what to do."""


class UnreadableError(GoalbookError):
    """A file that cannot be read at all. Its line names the file and takes what went wrong and
    the remedy from the catalogue entry of ``code`` (S001–S009, in Chinese, the language of
    these lines), with ``detail`` saying what exactly was found."""

    def __init__(self, path: str, code: str, detail: str = "") -> None:
        rule = RULES[code]
        found = f"{rule.zh}：{detail}" if detail else rule.zh
        super().__init__(f"{path}: {found}；{rule.hint_zh}")
        self.path = path
        self.code = code
        self.reason = detail or rule.zh  # what was found, for lines that quote it


class NotAReturn(GoalbookError):
    """A workbook goalbook wrote as output (a summary, or an annotated copy nobody has saved
    since): not a return, so it is not checked (a copy staff fixed and saved is a return)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path
