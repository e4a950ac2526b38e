"""Errors the store raises, each with a message fit to show a user as it is."""


class StoreError(Exception):
    """The library file cannot be opened or written; ``str(e)`` says why in one line."""
