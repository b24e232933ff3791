"""Currency markers: symbols, ISO 4217 codes, names and subunits, each with the currency it stands for.

The money scanner finds amounts by these words (``extract.money``) and the
normalizer turns the marker it kept into a code (``normalize.money``);
``None`` means the marker alone does not say which currency ("¥", "francs").
"""

from __future__ import annotations

__all__ = ["CODES", "CURRENCY_NAMES", "ISO_CODES", "LOWER_CODES", "SUBUNITS", "SYMBOLS"]

SYMBOLS: dict[str, str | None] = {
    "$": "USD", "c$": "CAD", "ca$": "CAD", "can$": "CAD", "a$": "AUD", "au$": "AUD",
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD", "mex$": "MXN", "r$": "BRL", "€": "EUR", "£": "GBP",
    "us$": "USD",
    "¥": None, "₩": "KRW", "₹": "INR", "₽": "RUB", "₺": "TRY", "₱": "PHP", "₦": "NGN", "₪": "ILS", "₫": "VND",
    "฿": "THB", "₴": "UAH", "₸": "KZT", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR",
    "rs": "INR", "dlrs": "USD", "dlr": "USD", "dm": "DEM", "sfr": "CHF",
}  # fmt: skip
"""Markers written before the amount (symbols and the wire services' "dlrs"); ``None``: decided by context."""

ISO_CODES = (
    "USD EUR GBP JPY CNY KRW INR RUB CHF CAD AUD HKD SGD NZD MXN BRL ZAR SEK NOK DKK TWD THB IDR MYR PHP VND TRY "
    "SAR AED ILS EGP NGN KES PKR BDT PLN CZK HUF UAH KZT ARS CLP COP PEN DEM FRF ITL ESP NLG BEF FIM IEP ATS"
)
CODES: dict[str, str] = {code.lower(): code for code in ISO_CODES.split(" ")} | {"rmb": "CNY"}
"""ISO 4217 codes (and "RMB") written before or after an amount: "USD 5 million", "40 rmb"."""
LOWER_CODES = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "krw", "inr", "chf", "cad", "aud", "hkd", "sgd", "nzd",
                "mxn", "zar", "sek", "nok", "dkk", "twd", "idr", "myr", "vnd", "aed", "pkr", "pln", "uah"}  # fmt: skip
"""Codes that are no English word, so also accepted in lower case ("40 rmb"); "try", "pen", "rub" are words."""

_NAMES: dict[str, str | None] = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "canadian dollar": "CAD",
    "australian dollar": "AUD", "new zealand dollar": "NZD", "hong kong dollar": "HKD", "singapore dollar": "SGD",
    "taiwan dollar": "TWD", "new taiwan dollar": "TWD", "euro": "EUR", "british pound": "GBP", "pound sterling": "GBP",
    "egyptian pound": "EGP", "irish pound": "IEP", "lebanese pound": "LBP", "chinese yuan": "CNY", "kuai": "CNY",
    "japanese yen": "JPY", "korean won": "KRW", "south korean won": "KRW", "north korean won": "KPW",
    "ruble": "RUB", "rouble": "RUB", "russian ruble": "RUB", "rupee": "INR", "indian rupee": "INR",
    "pakistani rupee": "PKR", "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "swiss franc": "CHF",
    "french franc": "FRF", "belgian franc": "BEF", "cfa franc": None, "german mark": "DEM", "deutsche mark": "DEM",
    "deutschemark": "DEM", "deutschmark": "DEM", "d-mark": "DEM", "finnish markka": "FIM", "peseta": "ESP",
    "spanish peseta": "ESP", "guilder": "NLG", "dutch guilder": "NLG", "italian lira": "ITL", "turkish lira": "TRY",
    "peso": None, "mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS", "chilean peso": "CLP",
    "colombian peso": "COP", "brazilian real": "BRL", "rand": "ZAR", "south african rand": "ZAR", "shekel": "ILS",
    "new israeli shekel": "ILS", "saudi riyal": "SAR", "riyal": None, "iranian rial": "IRR", "dinar": None,
    "rial": None, "kuwaiti dinar": "KWD", "iraqi dinar": "IQD", "naira": "NGN", "kenyan shilling": "KES",
    "shilling": None,
    "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK", "zloty": "PLN", "forint": "HUF",
    "hryvnia": "UAH", "dirham": None, "drachma": "GRD", "schilling": "ATS", "escudo": None,
}  # fmt: skip
_SAME_PLURAL: dict[str, str | None] = {
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "naira": "NGN",
    "lire": "ITL", "reais": "BRL", "kronor": "SEK", "markkaa": "FIM", "pounds sterling": "GBP", "sterling": "GBP",
    "taka": "BDT", "tenge": "KZT", "lari": "GEL", "kip": "LAK",
}  # fmt: skip
_CONTEXTUAL: dict[str, str | None] = {
    "pound": "GBP", "won": "KRW", "mark": "DEM", "franc": "FRF", "lira": None, "dong": "VND", "krone": None,
    "kroner": None,
}  # fmt: skip
"""Names that are also ordinary words or mean several currencies: accepted only with more evidence."""
CURRENCY_NAMES: dict[str, str | None] = {
    **_NAMES, **{name + "s": code for name, code in _NAMES.items()}, **_SAME_PLURAL,
    **_CONTEXTUAL, **{name + "s": code for name, code in _CONTEXTUAL.items() if not name.endswith("r")},
}  # fmt: skip
"""Currency names written after the amount → ISO 4217 (``None``: several currencies share the name)."""


_X_MONEY = {"XAF", "XOF", "XPF", "XCD"}
"""The X codes of ISO 4217 that are money people pay with (CFA and CFP francs, the East Caribbean dollar); the
others are metals, units of account and test codes."""


def _qualified_names() -> dict[str, str]:
    """The English names of ISO 4217 currencies that carry a qualifier ("Malaysian ringgit", "Zambian kwachas",
    "Bolivian bolivianos"), singular and plural, from the Unicode CLDR as Babel ships it.

    Only names of two words or more: a qualifier makes a name unambiguous ("Mexican peso"), while a bare name
    ("peso", "dollar", "rial") keeps the meaning the table above gives it. Historical variants with a date range
    in parentheses are left out; hand-written entries above win.
    """
    from babel import Locale
    from babel.numbers import get_currency_name

    names: dict[str, str] = {}
    for code, name in Locale("en").currencies.items():
        if "(" in name or len(name.split()) < 2 or len(code) != 3 or (code[0] == "X" and code not in _X_MONEY):
            continue
        for form in (name, get_currency_name(code, count=2, locale="en")):
            name_key = " ".join(form.lower().split())
            names[name_key] = names[name_key.replace(".", "")] = code  # "St. Helena pound", as the scanner keys it
    return names


CURRENCY_NAMES = {**{k: v for k, v in _qualified_names().items() if k not in CURRENCY_NAMES}, **CURRENCY_NAMES}
SUBUNITS: dict[str, tuple[str | None, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "euro cent": ("EUR", 0.01), "euro cents": ("EUR", 0.01),
    "pence": ("GBP", 0.01), "penny": (None, 0.01), "pennies": (None, 0.01), "kopecks": ("RUB", 0.01),
    "paise": ("INR", 0.01),
}  # fmt: skip
"""Hundredths of a currency: "50 cents" is 0.5 USD; "penny" is British or American by context."""
