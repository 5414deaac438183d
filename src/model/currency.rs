//! ISO 4217 currency codes, with the symbol and decimal places used to show them.

/// Active ISO 4217 codes. Kept as one string so the table stays compact.
const CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD \
BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP \
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW \
KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD \
NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP \
SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV \
WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

pub fn is_known(code: &str) -> bool {
    code.len() == 3 && CODES.split(' ').any(|c| c == code)
}

/// Every known code, for the JSON Schema of currency fields.
pub fn codes() -> impl Iterator<Item = &'static str> {
    CODES.split(' ')
}

/// The nearest known code, for "did you mean" hints on typos such as `UDS`.
pub fn closest(code: &str) -> Option<&'static str> {
    let upper = code.trim().to_ascii_uppercase();
    crate::diagnostics::suggest::closest(&upper, CODES.split(' '))
}

/// How a currency is written: its symbol (or the code when it has none that
/// readers would recognise) and how many decimals its minor unit has.
pub struct CurrencyStyle {
    pub symbol: &'static str,
    pub decimals: u8,
}

pub fn style(code: &str) -> CurrencyStyle {
    let (symbol, decimals) = match code {
        "USD" => ("$", 2),
        "EUR" => ("€", 2),
        "GBP" => ("£", 2),
        "JPY" => ("¥", 0),
        "CNY" => ("CN¥", 2),
        "KRW" => ("₩", 0),
        "INR" => ("₹", 2),
        "CAD" => ("CA$", 2),
        "AUD" => ("A$", 2),
        "NZD" => ("NZ$", 2),
        "HKD" => ("HK$", 2),
        "SGD" => ("S$", 2),
        "MXN" => ("MX$", 2),
        "BRL" => ("R$", 2),
        "CHF" => ("CHF", 2),
        "SEK" | "NOK" | "DKK" => ("kr", 2),
        "PLN" => ("zł", 2),
        "ILS" => ("₪", 2),
        "TRY" => ("₺", 2),
        "NGN" => ("₦", 2),
        "PHP" => ("₱", 2),
        "VND" => ("₫", 0),
        "THB" => ("฿", 2),
        "UAH" => ("₴", 2),
        "ZAR" => ("R", 2),
        "IDR" => ("Rp", 0),
        "CLP" | "ISK" | "PYG" | "UGX" | "XAF" | "XOF" | "XPF" | "RWF" | "KMF" | "GNF" | "DJF" | "BIF" | "VUV" => {
            ("", 0)
        }
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => ("", 3),
        _ => ("", 2),
    };
    CurrencyStyle { symbol, decimals }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_common_codes_and_suggests_for_typos() {
        assert!(is_known("USD") && is_known("EUR") && is_known("JPY"));
        assert!(!is_known("US") && !is_known("UDS"));
        assert_eq!(closest("EUO"), Some("EUR"));
    }

    #[test]
    fn yen_has_no_minor_unit() {
        assert_eq!(style("JPY").decimals, 0);
        assert_eq!(style("USD").symbol, "$");
    }
}
