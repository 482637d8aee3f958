"""Print and send: preview, print, save PDF, e-mail through the mail outbox, batches.

Other pages call `wholesale_desk.gui.documents.actions`.
"""
