"""Partner performance analytics: KPIs computed in SQL on the replica, health scores, forecasts,
anomaly flags, next-best actions, CSV export and QBR reports (DOMAIN.md "Analytics")."""
