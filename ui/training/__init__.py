"""Training and certification screens."""
