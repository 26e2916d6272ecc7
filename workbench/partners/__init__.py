"""Partners: the 360° partner profile (organisation, attributes, contacts, contract, targets, onboarding)."""
