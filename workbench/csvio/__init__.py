"""CSV import (partners, contacts, deals from Salesforce, HubSpot or workbench exports) with a preview that
validates every row before anything is written, and spreadsheet-safe CSV export."""
