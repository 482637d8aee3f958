"""Developer commands (forms, translations); run from a source checkout, not used by the app."""
