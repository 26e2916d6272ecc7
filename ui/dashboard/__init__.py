"""The analytics dashboard (issue #7): KPI tiles, charts (QtCharts, imported only here), filters, drill-down,
QBR and CSV export. Built lazily by the shell the first time the dashboard is shown."""
