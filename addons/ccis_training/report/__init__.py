from . import ccis_training_xlsx  # noqa: F401
