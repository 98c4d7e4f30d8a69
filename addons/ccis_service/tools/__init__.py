from . import fee
