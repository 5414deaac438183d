#!/usr/bin/env python3
"""Writes src/present/cldr/data.rs: the CLDR number and date data of the
locales mediakit formats for, as Babel ships it.

    python3 -m venv /tmp/cldr && /tmp/cldr/bin/pip install babel
    /tmp/cldr/bin/python scripts/cldr-data.py > src/present/cldr/data.rs

The formatting itself is mediakit's own (src/present/cldr/mod.rs);
tests/cldr.rs checks its output against Babel's for every locale below.
"""
import sys
import babel
from babel import Locale
from babel.numbers import get_currency_precision, get_currency_symbol

LOCALES = ["en", "en-GB", "en-CA", "en-AU", "de", "de-AT", "de-CH", "fr", "fr-CA", "fr-CH", "fr-BE",
           "es", "es-MX", "es-US", "pt", "pt-PT", "it", "it-CH", "nl", "nl-BE",
           "ar", "ar-SA", "ar-EG", "ar-AE", "ar-MA", "sv", "da", "nb", "pl"]
# Currencies with their symbol per locale; any other is written with its code.
SYMBOLS = ("USD EUR GBP JPY CHF CAD AUD NZD BRL MXN SAR AED EGP MAD QAR KWD INR CNY KRW HKD SGD "
           "SEK NOK DKK PLN TRY ZAR ILS NGN").split()
CODES = open("src/model/currency.rs").read().split('const CODES: &str = "')[1].split('";')[0]
CODES = CODES.replace("\\\n", " ").split()


def rs(s):
    s = str(getattr(s, "pattern", s))
    keep = lambda c: c == " " or (c.isprintable() and not c.isspace() and c not in '"\\')
    return '"' + "".join(c if keep(c) else "\\u{%x}" % ord(c) for c in s) + '"'


def plain(x):
    try:
        return {k: plain(v) for k, v in x.items()}
    except AttributeError:
        return x


def compact(formats, plurals):
    """Patterns by magnitude; a plural form is listed only where it differs from `other`."""
    other = plain(formats["other"])
    out = []
    for mag in sorted(other, key=int):
        pat = other[mag].pattern
        forms = []
        for form in plurals:
            if form in formats and mag in formats[form] and formats[form][mag].pattern != pat:
                forms.append((form, formats[form][mag].pattern))
        out.append((len(mag) - 1, pat, forms))
    return out


print("//! CLDR data for the locales mediakit formats numbers and dates in,")
print(f"//! written by scripts/cldr-data.py from Babel {babel.__version__} (Unicode CLDR;")
print("//! Unicode License v3). Do not edit by hand: change the script and run it again.")
print()
print("use super::{Compact, Data, Digits, Interval};")
print()
print("pub const LOCALES: &[Data] = &[")
for tag in LOCALES:
    L = Locale.parse(tag.replace("-", "_"))
    system = L.default_numbering_system
    sym = plain(L.number_symbols[system])
    plurals = sorted(set(L.plural_form.rules) | {"other"})
    print("    Data {")
    print(f"        tag: {rs(tag)},")
    print(f"        digits: Digits::{system.capitalize()},")
    for key, name in [("decimal", "decimal"), ("group", "group"), ("percentSign", "percent_sign"),
                      ("plusSign", "plus"), ("minusSign", "minus"), ("exponential", "exponential")]:
        print(f"        {name}: {rs(sym[key])},")
    print(f"        decimal_pattern: {rs(L.decimal_formats[None].pattern)},")
    print(f"        percent_pattern: {rs(L.percent_formats[None].pattern)},")
    print(f"        currency_pattern: {rs(L.currency_formats['standard'].pattern)},")
    for kind, formats in [("compact", L.compact_decimal_formats["short"]),
                          ("compact_currency", L.compact_currency_formats["short"])]:
        print(f"        {kind}: &[")
        for exp, pat, forms in compact(formats, plurals):
            fs = ", ".join(f"({rs(f)}, {rs(p)})" for f, p in forms)
            print(f"            Compact {{ exponent: {exp}, pattern: {rs(pat)}, plural: &[{fs}] }},")
        print("        ],")
    months = plain(L.months["format"]["abbreviated"])
    alone = plain(L.months["stand-alone"]["abbreviated"])
    print(f"        months: [{', '.join(rs(months[i]) for i in range(1, 13))}],")
    print(f"        months_alone: [{', '.join(rs(alone[i]) for i in range(1, 13))}],")
    sk = L.datetime_skeletons
    for name in ["yMMMd", "yMMM", "MMMd"]:
        print(f"        {name.lower()}: {rs(sk[name])},")
    iv = plain(L._data["interval_formats"])
    print(f"        interval_fallback: {rs(iv[None])},")
    for name in ["yMMMd", "yMMM"]:
        parts = iv.get(name, {})
        print(f"        interval_{name.lower()}: &[")
        for field in "yMd":
            if field in parts:
                a, b = parts[field]
                print(f"            Interval {{ field: '{field}', first: {rs(a)}, second: {rs(b)} }},")
        print("        ],")
    print("        currencies: &[")
    for code in SYMBOLS:
        s = get_currency_symbol(code, L)
        if s != code:
            print(f"            ({rs(code)}, {rs(s)}),")
    print("        ],")
    print("    },")
print("];")
print()
print("/// Minor-unit digits of every currency whose amounts are not written with two.")
print("pub const CURRENCY_DIGITS: &[(&str, u8)] = &[")
for code in CODES:
    p = get_currency_precision(code)
    if p != 2:
        print(f"    ({rs(code)}, {p}),")
print("];")
