"""The Qt layer: the only package in Wholesale Desk that imports PySide6."""
