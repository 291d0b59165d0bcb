//! Currencies, measurement units and time units (static tables; facts, not prose).

/// Currency symbols.
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₸" => "KZT",
        "₴" => "UAH",
        "₦" => "NGN",
        "₱" => "PHP",
        "₪" => "ILS",
        _ => return None,
    })
}

/// "US$", "A$", "C$", "HK$", "NZ$", "S$".
pub fn dollar_prefix(s: &str) -> Option<&'static str> {
    Some(match s {
        "US" | "U.S." => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        _ => return None,
    })
}

const ISO: &[&str] = &[
    "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EGP", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS",
    "INR", "JPY", "KES", "KRW", "KZT", "MXN", "MYR", "NGN", "NOK", "NZD", "PHP", "PKR", "PLN", "RUB", "SAR", "SEK",
    "SGD", "THB", "TRY", "TWD", "UAH", "USD", "ZAR",
];

/// An ISO 4217 code written before a number ("USD 5").
pub fn iso_currency(s: &str) -> Option<&'static str> {
    ISO.binary_search(&s).ok().map(|i| ISO[i])
}

/// Currency names after a number (lower case, possibly several words).
pub fn currency_name(s: &str) -> Option<&'static str> {
    Some(match s {
        "dollars" | "dollar" | "us dollars" | "u.s. dollars" | "usd" | "bucks" => "USD",
        "australian dollars" => "AUD",
        "canadian dollars" => "CAD",
        "hong kong dollars" => "HKD",
        "euros" | "euro" | "eur" => "EUR",
        "pounds" | "pound" | "sterling" | "pounds sterling" | "gbp" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" => "CNY",
        "rupees" | "rupee" | "inr" => "INR",
        "roubles" | "rubles" | "rouble" | "ruble" | "rub" => "RUB",
        "tenge" | "kzt" => "KZT",
        "francs" | "swiss francs" | "chf" => "CHF",
        "won" => "KRW",
        "lira" | "liras" | "turkish lira" => "TRY",
        "hryvnias" | "hryvnia" => "UAH",
        "naira" => "NGN",
        "rand" => "ZAR",
        "pesos" | "peso" => "MXN",
        "reais" | "real" if false => "BRL",
        "crowns" | "kronor" | "krona" => "SEK",
        "shekels" => "ILS",
        "riyals" => "SAR",
        "dirhams" => "AED",
        "bitcoin" | "bitcoins" => "BTC",
        _ => return None,
    })
}

/// Time units: normalized unit and multiplier into it.
pub fn time_unit(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => ("second", 1.0),
        "minute" | "minutes" | "min" | "mins" => ("minute", 1.0),
        "hour" | "hours" | "hrs" | "hr" => ("hour", 1.0),
        "day" | "days" => ("day", 1.0),
        "week" | "weeks" => ("week", 1.0),
        "fortnight" | "fortnights" => ("day", 14.0),
        "month" | "months" => ("month", 1.0),
        "year" | "years" | "yrs" => ("year", 1.0),
        "decade" | "decades" => ("year", 10.0),
        "century" | "centuries" => ("year", 100.0),
        _ => return None,
    })
}

/// Measurement units (lower-case word → symbol).
pub fn unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km",
        "m" | "metres" | "meters" | "metre" | "meter" => "m",
        "cm" | "centimetres" | "centimeters" => "cm",
        "mm" | "millimetres" | "millimeters" => "mm",
        "mi" | "miles" | "mile" => "mi",
        "ft" | "feet" | "foot" => "ft",
        "in" if false => "in",
        "inches" | "inch" => "in",
        "yards" | "yard" => "yd",
        "kg" | "kilograms" | "kilogram" | "kilos" => "kg",
        "g" | "grams" | "gram" => "g",
        "lb" | "lbs" | "pounds-weight" => "lb",
        "tonnes" | "tonne" | "tons" | "ton" | "t" => "t",
        "barrels" | "barrel" | "bbl" => "bbl",
        "litres" | "liters" | "litre" | "liter" | "l" => "L",
        "gallons" | "gallon" => "gal",
        "hectares" | "hectare" | "ha" => "ha",
        "acres" | "acre" => "acre",
        "mph" => "mph",
        "kph" | "km/h" => "km/h",
        "knots" => "kn",
        "mw" | "megawatts" => "MW",
        "gw" | "gigawatts" => "GW",
        "kw" | "kilowatts" => "kW",
        "kwh" => "kWh",
        "degrees" => "°",
        "celsius" => "°C",
        "fahrenheit" => "°F",
        "sq" => "sq",
        _ => return None,
    })
}

/// The square of a length unit.
pub fn square(u: &str) -> &'static str {
    match u {
        "km" => "km²",
        "m" => "m²",
        "mi" => "mi²",
        "ft" => "ft²",
        _ => "sq",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_list_is_sorted() {
        assert!(super::ISO.windows(2).all(|w| w[0] < w[1]));
    }
}
