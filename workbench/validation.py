"""Input validation shared by every command. Each check raises `UserError(code, field=..., ...)`
and never touches the database, so a failed check writes nothing."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from workbench.errors import UserError

# ISO 4217 currencies the program may use, with their minor-unit exponent.
CURRENCY_EXPONENTS: dict[str, int] = {
    "EUR": 2,
    "USD": 2,
    "GBP": 2,
    "CHF": 2,
    "SEK": 2,
    "NOK": 2,
    "DKK": 2,
    "PLN": 2,
    "CZK": 2,
    "HUF": 2,
    "RON": 2,
    "BGN": 2,
    "ISK": 0,
    "TRY": 2,
    "JPY": 0,
    "CNY": 2,
    "INR": 2,
    "AUD": 2,
    "NZD": 2,
    "CAD": 2,
    "SGD": 2,
    "HKD": 2,
    "KRW": 0,
    "BRL": 2,
    "MXN": 2,
    "ZAR": 2,
    "AED": 2,
    "SAR": 2,
    "ILS": 2,
    "KWD": 3,
    "BHD": 3,
    "TND": 3,
    "CLP": 0,
    "THB": 2,
    "MYR": 2,
    "IDR": 2,
}

MAX_NAME = 200
MAX_TEXT = 10_000
MAX_SHORT = 80

_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")  # control characters but tab (\x09) and newline (\x0a)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")


def currency(value: str, field: str = "currency") -> str:
    code = (value or "").strip().upper()
    if code not in CURRENCY_EXPONENTS:
        raise UserError("unknown_currency", field=field, value=value)
    return code


def money_to_minor(amount: Decimal | int | str, currency_code: str, field: str = "amount") -> int:
    """Convert a decimal amount to integer minor units; refuse negatives, floats and sub-minor digits."""
    if isinstance(amount, float):
        raise UserError("money_not_decimal", field=field, value=str(amount))
    try:
        dec = Decimal(str(amount).strip()) if not isinstance(amount, Decimal) else amount
    except InvalidOperation:
        raise UserError("money_invalid", field=field, value=str(amount)) from None
    if not dec.is_finite():
        raise UserError("money_invalid", field=field, value=str(amount))
    if dec < 0:
        raise UserError("money_negative", field=field, value=str(amount))
    exp = CURRENCY_EXPONENTS[currency(currency_code)]
    scaled = dec.scaleb(exp)
    if scaled != scaled.to_integral_value():
        raise UserError("money_too_precise", field=field, value=str(amount), decimals=exp)
    return int(scaled)


def minor_amount(value: int, field: str = "amount", allow_zero: bool = True) -> int:
    """Check an amount already given in minor units."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError("money_not_integer", field=field, value=str(value))
    if value < 0:
        raise UserError("money_negative", field=field, value=value)
    if value == 0 and not allow_zero:
        raise UserError("money_zero", field=field)
    if value > 10**15:
        raise UserError("money_too_large", field=field, value=value)
    return value


def minor_to_decimal(value: int, currency_code: str) -> Decimal:
    return Decimal(value).scaleb(-CURRENCY_EXPONENTS[currency_code])


def text(value: str | None, field: str, *, max_len: int = MAX_NAME, required: bool = True) -> str | None:
    if value is None or not value.strip():
        if required:
            raise UserError("required", field=field)
        return None
    cleaned = value.strip()
    if len(cleaned) > max_len:
        raise UserError("too_long", field=field, max=max_len, length=len(cleaned))
    if _CONTROL.search(cleaned):
        raise UserError("control_characters", field=field)
    return cleaned


def required_text(value: str | None, field: str, *, max_len: int = MAX_NAME) -> str:
    result = text(value, field, max_len=max_len, required=True)
    assert result is not None
    return result


def email(value: str | None, field: str = "email", *, required: bool = False) -> str | None:
    if value is None or not value.strip():
        if required:
            raise UserError("required", field=field)
        return None
    cleaned = value.strip()
    if len(cleaned) > 254 or not _EMAIL.match(cleaned):
        raise UserError("invalid_email", field=field, value=cleaned[:100])
    local, _, dom = cleaned.rpartition("@")
    return f"{local}@{dom.lower()}"


def web_domain(value: str | None, field: str = "web_domain", *, required: bool = False) -> str | None:
    """Accept 'example.de', 'www.example.de' or a URL and keep the bare lower-case host."""
    if value is None or not value.strip():
        if required:
            raise UserError("required", field=field)
        return None
    host = value.strip().lower()
    host = _SCHEME.sub("", host).split("/")[0].split(":")[0]
    if not host.isascii():  # an ASCII host is its own IDNA form (the codec's label checks are in _DOMAIN too)
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise UserError("invalid_domain", field=field, value=value[:100]) from None
    if not _DOMAIN.match(host):
        raise UserError("invalid_domain", field=field, value=value[:100])
    return host


def country(value: str | None, field: str = "country", *, required: bool = False) -> str | None:
    if value is None or not value.strip():
        if required:
            raise UserError("required", field=field)
        return None
    code = value.strip().upper()
    if not _COUNTRY.match(code):
        raise UserError("invalid_country", field=field, value=value[:10])
    return code


def choice(value: str, allowed: frozenset[str] | set[str] | tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise UserError("invalid_choice", field=field, value=str(value)[:50], allowed=sorted(allowed))
    return value


def date_range(start: date | None, end: date | None, *, start_field: str = "start", end_field: str = "end") -> None:
    if start is not None and end is not None and end < start:
        raise UserError(
            "end_before_start", field=end_field, start=start.isoformat(), end=end.isoformat(), start_field=start_field
        )


def positive_int(value: int, field: str, *, minimum: int = 0, maximum: int = 10**9) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError("not_integer", field=field, value=str(value))
    if value < minimum or value > maximum:
        raise UserError("out_of_range", field=field, value=value, min=minimum, max=maximum)
    return value
