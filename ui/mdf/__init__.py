"""The MDF screens: budgets and allocations with live balances, request and claim editors, the evidence drop
zone, the approver queue, payments and the signed proof-of-execution PDF (sign and attach, verify)."""
