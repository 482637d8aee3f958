"""Ctrl+K: search everywhere (clients, contacts, orders by number, products)."""
