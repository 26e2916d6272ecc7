"""Secrets and permissions."""
