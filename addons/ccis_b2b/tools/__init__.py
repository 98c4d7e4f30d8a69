from . import b2b_scheduler  # noqa: F401
