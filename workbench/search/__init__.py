"""Cross-feature reads for the desktop: global full-text search (FTS5), sync status counts, the conflicts
inbox, tier compliance and the partner timeline. Pure core (no Qt); the ui calls these on the db lane."""
