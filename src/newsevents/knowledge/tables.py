"""Placeholder: the validated table loader (filled in below)."""


class TableError(ValueError):
    pass
