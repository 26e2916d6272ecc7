"""Partner screens: the filterable list, the 360° profile and the create/edit dialog."""
