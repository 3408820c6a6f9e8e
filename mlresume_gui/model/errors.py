"""The one error type of the model: it names the field that is wrong."""

from __future__ import annotations


class ModelError(ValueError):
    """Invalid content, with the dotted path of the field concerned."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")

    def under(self, prefix: str) -> ModelError:
        """The same error with ``prefix`` put in front of its field path."""
        if self.field.startswith("["):
            return ModelError(f"{prefix}{self.field}", self.reason)
        return ModelError(f"{prefix}.{self.field}" if prefix else self.field, self.reason)
