"""The MDF screens: budgets and allocations with live balances, request and claim editors, the evidence drop
zone, the approver queue, payments and the proof-of-execution PDF (generate, verify)."""
