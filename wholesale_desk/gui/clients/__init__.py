"""The Clients workspace: the list, the card with its timeline, and the dialogs they open."""
