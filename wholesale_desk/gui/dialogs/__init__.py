"""Dialogs of the main window (settings, about)."""
