"""Market development funds: budgets, allocations, fund requests, claims, cost lines and payments."""
