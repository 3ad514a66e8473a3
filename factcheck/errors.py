"""The project's own error types: every bad input ends as one of these, never a traceback."""

from __future__ import annotations


class FactcheckError(Exception):
    """Root of every error factcheck raises on bad input."""

    def render(self) -> str:
        """Return the one-line (or few-line) message shown to the user."""
        return str(self)


class ClaimsFileError(FactcheckError):
    """A claims file that cannot be used, located at ``path:line:column``."""

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        *,
        hint: str | None = None,
        snippet: str | None = None,
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
        self.snippet = snippet
        super().__init__(message)

    def __str__(self) -> str:
        return self.render()

    def location(self) -> str:
        """Return ``path:line:column`` (or as much of it as is known)."""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def headline(self) -> str:
        """Return the one line ``path:line:col: message (hint)``."""
        text = f"{self.location()}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def render(self) -> str:
        """Return the headline, then the offending line of the file with a caret under the column."""
        if self.snippet:
            return self.headline() + "\n" + self.snippet
        return self.headline()


class ArticleError(FactcheckError):
    """An article that cannot be read or decoded."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


class FactcheckWarning(UserWarning):
    """An imprecise figure or a warning-level contradiction, shown by the pytest plugin.

    ``pytest -W error::factcheck.FactcheckWarning`` turns these into failures: exactly the
    findings ``factcheck check --fail-on warning`` fails on (``Finding.level`` is "warning").
    """


class FactcheckNotice(UserWarning):
    """A finding that never fails, shown by the pytest plugin: unclear, accepted, baselined, or a stale entry.

    Not a ``FactcheckWarning``: ``-W error::factcheck.FactcheckWarning`` leaves these alone, as
    ``--fail-on warning`` does.
    """
