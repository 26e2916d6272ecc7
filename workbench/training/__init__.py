"""Training and certification: courses, learning paths, append-only training events and certifications
(DOMAIN.md "Training and certification")."""
