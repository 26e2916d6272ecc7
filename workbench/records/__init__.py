"""Generic records that attach to any synced entity: attachments (content-addressed), notes, tasks."""
