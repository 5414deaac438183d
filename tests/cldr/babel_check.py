"""Writes, for each case tests/cldr.rs sends (JSON lines on stdin), what
Python's Babel (an independent implementation of Unicode CLDR) makes of it,
and prints the cases where mediakit wrote something else, as JSON lines.

Where Babel departs from CLDR's own rules, the rule is applied here and
said so:
- a compact pattern of "0" means "no compact form: write the number as
  usual" (UTS #35); Babel writes the digits without grouping;
- currency spacing (UTS #35, currencySpacing): a symbol that starts or ends
  with a letter is kept off the digits by a no-break space; Babel leaves it out;
- digits follow the locale's default numbering system (ar-SA writes ٢٠٢٦);
  Babel switches the symbols (٫ ٬) but writes Latin digits;
- negatives take the locale's minus sign (sv "−", ar "\u200e-") and
  percentages its percent sign (ar "\u200e%\u200e"); Babel writes a plain
  hyphen and "%";
- Swiss locales group every three digits ("5'933'270"); Babel stops grouping
  them past six digits, so those are compared without their apostrophes;
- a negative value that rounds to zero is written without a sign by
  mediakit ("0.00%", never "-0.00%") and is not compared.
"""
import datetime
import decimal
import json
import sys

from babel import Locale, dates, numbers
from babel.numbers import parse_pattern

D = decimal.Decimal
ARAB = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def locale(tag):
    return Locale.parse(tag.replace("-", "_"))


def digits_for_dates(L, text):
    return text.translate(ARAB) if L.default_numbering_system == "arab" else text


def with_precision(pattern, d):
    p = parse_pattern(pattern)
    p.frac_prec = (d, d)
    return p


def currency_spacing(text, symbol):
    at = text.find(symbol)
    if at < 0 or not symbol:
        return text
    before, after = text[:at], text[at + len(symbol):]
    out = before
    if symbol[0].isalpha() and before[-1:].isdigit():
        out += "\xa0"
    out += symbol
    if symbol[-1].isalpha() and after[:1].isdigit():
        out += "\xa0"
    return out + after


def compact_pattern(L, formats, v):
    other = formats["other"]
    for mag in sorted((int(m) for m in other), reverse=True):
        if abs(v) >= mag:
            pattern = other[str(mag)].pattern
            return pattern, mag // (10 ** (pattern.count("0") - 1))
    return None, 1


def expected(case):
    L = locale(case["tag"])
    kind, v = case["kind"], case.get("value")
    ns = "default"
    if kind == "count":
        return numbers.format_decimal(D(str(round(v))), locale=L, numbering_system=ns)
    if kind == "number":
        p = with_precision(L.decimal_formats[None].pattern, case["decimals"])
        return p.apply(D(str(v)), L, numbering_system=ns)
    if kind == "percent":
        p = with_precision(L.percent_formats[None].pattern, case["decimals"])
        return p.apply(D(str(v)) / 100, L, numbering_system=ns)
    if kind == "scientific":
        return numbers.format_scientific(D(str(v)), "0.##E0", locale=L, numbering_system=ns)
    if kind == "compact":
        pattern, divisor = compact_pattern(L, L.compact_decimal_formats["short"], v)
        if pattern is None or pattern == "0":
            return numbers.format_decimal(D(str(round(v))), locale=L, numbering_system=ns)
        fd = 0 if abs(v / divisor) >= 100 else 1
        return numbers.format_compact_decimal(D(str(v)), locale=L, fraction_digits=fd, numbering_system=ns)
    if kind == "money":
        code, d = case["currency"], case["decimals"]
        p = with_precision(L.currency_formats["standard"].pattern, d)
        text = p.apply(D(str(v)), L, currency=code, currency_digits=False, numbering_system=ns)
        return currency_spacing(text, numbers.get_currency_symbol(code, L))
    if kind == "money_compact":
        code = case["currency"]
        pattern, divisor = compact_pattern(L, L.compact_currency_formats["short"], v)
        fd = 0 if abs(v / divisor) >= 100 else 1
        text = numbers.format_compact_currency(D(str(v)), code, locale=L, fraction_digits=fd, numbering_system=ns)
        return currency_spacing(text, numbers.get_currency_symbol(code, L))
    if kind in ("date", "month_year", "day_month"):
        skeleton = {"date": "yMMMd", "month_year": "yMMM", "day_month": "MMMd"}[kind]
        d = datetime.date(*case["date"])
        return digits_for_dates(L, dates.format_skeleton(skeleton, d, locale=L))
    if kind == "range":
        a, b = datetime.date(*case["date"]), datetime.date(*case["end"])
        return digits_for_dates(L, dates.format_interval(a, b, "yMMMd", locale=L))
    raise ValueError(kind)


NUMERIC = ("count", "number", "percent", "compact", "money", "money_compact", "scientific")


def localised(case, text):
    """Babel's number in the locale's digits and minus sign (see above)."""
    L = locale(case["tag"])
    if case["kind"] not in NUMERIC:
        return text
    if case.get("value", 0) < 0:
        text = text.replace("-", numbers.get_minus_sign_symbol(L, numbering_system="default"), 1)
    if case["kind"] == "percent":
        symbols = L.number_symbols[L.default_numbering_system]
        text = text.replace("%", symbols["percentSign"], 1)
    if L.default_numbering_system == "arab":
        text = text.translate(ARAB)
    return text


def main():
    compared = 0
    for line in sys.stdin:
        case = json.loads(line)
        if case.get("kind") == "money_compact":
            L = locale(case["tag"])
            pattern, _ = compact_pattern(L, L.compact_currency_formats["short"], case["value"])
            if pattern is None or pattern == "0":
                continue  # no compact form: mediakit writes the amount in full
        ours = case["ours"]
        if case.get("value", 0) < 0 and not any(c.isdigit() and c not in "0٠" for c in ours):
            continue  # rounds to zero: no sign
        want = localised(case, expected(case))
        if case["tag"].endswith("-CH"):
            want, ours = want.replace("'", ""), ours.replace("'", "")
        compared += 1
        if want != ours:
            print(json.dumps({**case, "babel": want}, ensure_ascii=False))
    print(json.dumps({"compared": compared}))


main()
