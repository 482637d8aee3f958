"""The Tasks section: my tasks (overdue, today, upcoming), birthdays, and reminders."""
