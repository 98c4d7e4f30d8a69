from . import delay
