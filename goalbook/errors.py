"""The exceptions goalbook raises: each carries one line a person can act on."""


class GoalbookError(Exception):
    """A problem with what the user asked for (a usage error): the message says what to do."""


class UnreadableError(GoalbookError):
    """A file that cannot be read at all; the message names the file and the remedy."""

    def __init__(self, path: str, reason: str, remedy: str, code: str = "S001") -> None:
        super().__init__(f"{path}: {reason}；{remedy}")
        self.path = path
        self.reason = reason
        self.remedy = remedy
        self.code = code
