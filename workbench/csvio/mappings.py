"""Default column mappings of CRM exports (editable: `preview` takes any mapping dict).

A mapping maps a workbench field to the CSV header that holds it, or to a tuple of alternative headers
(the first one present in the file is used; headers are compared case- and space-insensitively). Fields
not mapped, or whose headers are all absent, are left empty; a REQUIRED field whose header is absent is a
file-level error (`missing_columns`) before any row is read.

Salesforce (Data Export / Data Loader API names, and the labels of report exports):

========  =====================  ==========================================================================
kind      field                  Salesforce column(s)
========  =====================  ==========================================================================
partners  legal_name *           Name | Account Name
          partner_type           Type | Account Type   (Reseller, Channel Partner / Reseller, Distributor,
                                 Integrator, System Integrator, Agency, Marketplace, Referral; empty ->
                                 ImportOptions.default_partner_type)
          country                BillingCountry | Billing Country   (ISO code or an English/German name)
          city                   BillingCity | Billing City
          web_domain             Website
          email                  Email__c | Email
          phone                  Phone
          currency               CurrencyIsoCode | Account Currency   (empty -> the program's currency)
          description            Description
contacts  last_name *            LastName | Last Name
          first_name             FirstName | First Name
          email                  Email
          phone                  Phone | MobilePhone | Mobile
          job_title              Title
          role                   Contact Role | Role   (owner, sales, technical, marketing, finance; empty ->
                                 ImportOptions.default_contact_role)
          partner                Account Name | Account.Name | AccountId   (partner name or workbench id)
deals     title *                Name | Opportunity Name
          customer_name *        End Customer__c | End Customer | Account Name
          amount *               Amount
          currency               CurrencyIsoCode | Opportunity Currency | Amount Currency
          expected_close *       CloseDate | Close Date
          customer_domain        Website | End Customer Website__c
          customer_email         Email | End Customer Email__c
          customer_country       BillingCountry | Billing Country
          description            Description
          products               Product Code | ProductCode | Products   (SKUs separated by ; or ,)
          partner                Partner Account | PartnerAccount.Name | Partner
========  =====================  ==========================================================================

HubSpot (CRM "Export" of companies, contacts, deals; property labels):

========  =====================  ==========================================================================
partners  legal_name *           Company name | Name
          partner_type           Type | Company type   (PARTNER, RESELLER -> reseller; other HubSpot
                                 types such as VENDOR or PROSPECT are refused per row; empty -> default)
          country                Country/Region | Country
          city                   City
          web_domain             Company Domain Name | Website URL
          phone                  Phone Number
          currency               Currency
          description            About Us | Description
contacts  last_name *            Last Name
          first_name             First Name
          email                  Email
          phone                  Phone Number | Mobile Phone Number
          job_title              Job Title
          role                   Contact role | Role
          partner                Associated Company | Company Name
deals     title *                Deal Name
          customer_name *        End customer | Associated Company | Company name
          amount *               Amount
          currency               Currency | Deal currency code
          expected_close *       Close Date
          customer_domain        Company Domain Name
          customer_email         Customer email | Email
          customer_country       Country/Region
          description            Deal Description | Description
          products               Products | SKU
          partner                Partner | Partner company
========  =====================  ==========================================================================

Workbench: the layout `workbench.csvio.exporter` writes (round trip); headers equal the field names.
(* = required.) Deals import as drafts of the registering partner (`partner` column, else
ImportOptions.partner_id, else a partner user's own partner)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final


class ImportKind(StrEnum):
    PARTNERS = "partners"
    CONTACTS = "contacts"
    DEALS = "deals"


class Source(StrEnum):
    SALESFORCE = "salesforce"
    HUBSPOT = "hubspot"
    WORKBENCH = "workbench"


Headers = str | tuple[str, ...]
Mapping_ = Mapping[str, Headers]

FIELDS: Final[dict[ImportKind, tuple[str, ...]]] = {
    ImportKind.PARTNERS: (
        "legal_name",
        "partner_type",
        "country",
        "city",
        "web_domain",
        "email",
        "phone",
        "currency",
        "description",
    ),
    ImportKind.CONTACTS: ("partner", "first_name", "last_name", "email", "phone", "role", "job_title", "is_primary"),
    ImportKind.DEALS: (
        "partner",
        "customer_name",
        "customer_domain",
        "customer_email",
        "customer_country",
        "title",
        "description",
        "amount",
        "currency",
        "expected_close",
        "products",
    ),
}

REQUIRED: Final[dict[ImportKind, frozenset[str]]] = {
    ImportKind.PARTNERS: frozenset({"legal_name"}),
    ImportKind.CONTACTS: frozenset({"last_name"}),
    ImportKind.DEALS: frozenset({"title", "customer_name", "amount", "expected_close"}),
}

MAPPINGS: Final[dict[Source, dict[ImportKind, dict[str, Headers]]]] = {
    Source.SALESFORCE: {
        ImportKind.PARTNERS: {
            "legal_name": ("Name", "Account Name"),
            "partner_type": ("Type", "Account Type"),
            "country": ("BillingCountry", "Billing Country"),
            "city": ("BillingCity", "Billing City"),
            "web_domain": "Website",
            "email": ("Email__c", "Email"),
            "phone": "Phone",
            "currency": ("CurrencyIsoCode", "Account Currency"),
            "description": "Description",
        },
        ImportKind.CONTACTS: {
            "last_name": ("LastName", "Last Name"),
            "first_name": ("FirstName", "First Name"),
            "email": "Email",
            "phone": ("Phone", "MobilePhone", "Mobile"),
            "job_title": "Title",
            "role": ("Contact Role", "Role"),
            "partner": ("Account Name", "Account.Name", "AccountId"),
        },
        ImportKind.DEALS: {
            "title": ("Name", "Opportunity Name"),
            "customer_name": ("End Customer__c", "End Customer", "Account Name"),
            "amount": "Amount",
            "currency": ("CurrencyIsoCode", "Opportunity Currency", "Amount Currency"),
            "expected_close": ("CloseDate", "Close Date"),
            "customer_domain": ("Website", "End Customer Website__c"),
            "customer_email": ("Email", "End Customer Email__c"),
            "customer_country": ("BillingCountry", "Billing Country"),
            "description": "Description",
            "products": ("Product Code", "ProductCode", "Products"),
            "partner": ("Partner Account", "PartnerAccount.Name", "Partner"),
        },
    },
    Source.HUBSPOT: {
        ImportKind.PARTNERS: {
            "legal_name": ("Company name", "Name"),
            "partner_type": ("Type", "Company type"),
            "country": ("Country/Region", "Country"),
            "city": "City",
            "web_domain": ("Company Domain Name", "Website URL"),
            "phone": "Phone Number",
            "currency": "Currency",
            "description": ("About Us", "Description"),
        },
        ImportKind.CONTACTS: {
            "last_name": "Last Name",
            "first_name": "First Name",
            "email": "Email",
            "phone": ("Phone Number", "Mobile Phone Number"),
            "job_title": "Job Title",
            "role": ("Contact role", "Role"),
            "partner": ("Associated Company", "Company Name"),
        },
        ImportKind.DEALS: {
            "title": "Deal Name",
            "customer_name": ("End customer", "Associated Company", "Company name"),
            "amount": "Amount",
            "currency": ("Currency", "Deal currency code"),
            "expected_close": "Close Date",
            "customer_domain": "Company Domain Name",
            "customer_email": ("Customer email", "Email"),
            "customer_country": "Country/Region",
            "description": ("Deal Description", "Description"),
            "products": ("Products", "SKU"),
            "partner": ("Partner", "Partner company"),
        },
    },
    Source.WORKBENCH: {kind: {f: f for f in fields} for kind, fields in FIELDS.items()},
}


def header_key(header: str) -> str:
    """How headers are compared: case-insensitive, surrounding and repeated spaces ignored."""
    return " ".join(header.strip().casefold().split())


def alternatives(headers: Headers) -> tuple[str, ...]:
    return (headers,) if isinstance(headers, str) else tuple(headers)


def detect_source(headers: list[str], kind: ImportKind) -> Source:
    """The preset whose headers the file matches best (ties: workbench, salesforce, hubspot)."""
    present = {header_key(h) for h in headers}

    def score(source: Source) -> int:
        return sum(
            1 for hs in MAPPINGS[source][kind].values() if any(header_key(h) in present for h in alternatives(hs))
        )

    return max((Source.WORKBENCH, Source.SALESFORCE, Source.HUBSPOT), key=score)
