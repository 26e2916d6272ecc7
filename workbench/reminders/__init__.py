"""Reminders from a local, offline scheduler (issue 6): protection expiry, claim deadlines, fund expiry,
certification expiry and overdue reviews, with per-user snooze and dismiss."""
