"""scrutiny: the accountability of police governance, traceable from paper to register."""

__version__ = "0.1.0"
