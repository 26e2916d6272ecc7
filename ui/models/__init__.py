"""Qt item models over DTOs (the desktop's tables)."""
