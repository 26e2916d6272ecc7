"""Partner performance analytics (issue #7, DOMAIN.md "Analytics"): the core, without screens.

* `kpis`      13 KPIs computed in SQL on the replica for a `Period`, overall / per partner / per segment,
              region or tier: `dashboard`, `partner_kpis`, `kpi_table`, `kpi_figures`, `drill_down`.
              Every `KpiFigure` carries value (None = n/a), unit, program currency, a formula key
              (`analytics.formula.<kpi>`), numerator / denominator and a `DrillDown` to the records.
              Amounts in other currencies are converted with the program's stored `fx_rates`;
              a missing rate raises UserError("fx_rate_missing").
* `health`    health score 0–100 (weighted activity, pipeline, certification, marketing), next-best
              actions (codes + params), the partners that need attention.
* `forecast`  Holt's linear trend forecast of monthly revenue for the next two quarters with an
              interval; registration-drop anomaly flags (robust z-score).
* `export`    CSV (UTF-8 BOM, locale separators, formula-injection neutralised) of every table.
* `qbr`       QBR PDF per partner and quarter (reportlab charts, German / English labels).
* `models`    covering indexes for the KPI queries (to be registered and migrated by the lead).
"""
