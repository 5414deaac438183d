//! `data.json`: the computed figures as a stable interface for other tools.
//! Floats are rounded to 4 decimals and whole numbers written as integers,
//! so the files read cleanly and stay byte-identical between builds.

use serde::Serialize;
use serde_json::{Map, Number, Value};

pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let tidy = match serde_json::to_value(value) {
        Ok(v) => tidy(v),
        Err(_) => Value::Null,
    };
    let mut out = serde_json::to_vec_pretty(&tidy).unwrap_or_else(|_| b"null".to_vec());
    out.push(b'\n');
    out
}

/// The same, on one line: for indexes a page downloads.
pub fn to_json_compact<T: Serialize>(value: &T) -> Vec<u8> {
    let tidy = match serde_json::to_value(value) {
        Ok(v) => tidy(v),
        Err(_) => Value::Null,
    };
    let mut out = serde_json::to_vec(&tidy).unwrap_or_else(|_| b"null".to_vec());
    out.push(b'\n');
    out
}

fn tidy(v: Value) -> Value {
    match v {
        Value::Number(n) => Value::Number(tidy_number(n)),
        Value::Array(items) => Value::Array(items.into_iter().map(tidy).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, tidy(v))).collect::<Map<_, _>>()),
        other => other,
    }
}

fn tidy_number(n: Number) -> Number {
    if n.is_u64() || n.is_i64() {
        return n;
    }
    let Some(f) = n.as_f64() else { return n };
    let rounded = (f * 10_000.0).round() / 10_000.0;
    if !rounded.is_finite() {
        return Number::from_f64(f).unwrap_or(n);
    }
    if rounded.fract() == 0.0 && rounded.abs() < 9.0e15 {
        // Exactly representable as an integer below 2^53.
        let whole = rounded as i64;
        return Number::from(whole);
    }
    Number::from_f64(rounded).unwrap_or(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_tidy() {
        let v = serde_json::json!({"a": 50000.0, "b": 36.363636, "c": null, "d": [5.500000000001], "e": 1e300});
        let text = String::from_utf8(to_json(&v)).unwrap();
        assert!(text.contains("\"a\": 50000,"));
        assert!(text.contains("\"b\": 36.3636"));
        assert!(text.contains("\"c\": null"));
        assert!(text.contains("5.5\n"));
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["e"].as_f64(), Some(1e300));
    }
}
