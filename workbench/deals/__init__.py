"""Deal registration: models, state machine, commands and queries (DOMAIN.md "Deal registration")."""
