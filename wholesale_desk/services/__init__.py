"""Qt-free services: what the views ask for and the changes they make, over a `Store` session."""
