"""Wholesale Desk: a sales workstation over a local cache synced with 1C:Enterprise 8.3."""

__version__ = "0.1.0"
