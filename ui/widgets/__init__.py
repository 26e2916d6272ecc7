"""Reusable widgets and form helpers."""
