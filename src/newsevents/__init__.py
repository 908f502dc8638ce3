"""newsevents: political event data and quotations from news text, with every record tied to its evidence."""

__version__ = "0.1.0"
