"""Sync with 1C: pull into the local store, push the outbox, conflicts, one engine for the GUI."""
