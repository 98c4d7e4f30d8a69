from . import satisfaction  # noqa: F401
