"""Mistakes a user can fix (a missing folder, an unknown id, a locked database)."""


class UserError(Exception):
    """The CLI prints the message on one line and exits with status 2, without a traceback."""
