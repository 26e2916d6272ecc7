"""Deal registration screens: list and detail, register form, review queue, duplicate comparison."""
