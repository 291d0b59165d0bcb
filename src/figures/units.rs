//! Currencies, measurement units and time units (static tables; facts, not prose).

/// Letters written before an amount as its currency's sign, glued to the number: "R1.1 million"
/// (rand), "KSh2.7 billion", "Rp5,000" (rupiah), "RM300" (ringgit), "Tk50" (taka), "Rs2.5 crore"
/// (rupee), "Sh2.5 billion" (shilling, as Kenya's press writes it), "Dh500" (dirham), "SR10"
/// (riyal).
pub fn currency_letters(s: &str) -> Option<&'static str> {
    Some(match s {
        "R" => "ZAR",
        "KSh" | "Ksh" | "Sh" => "KES",
        "TSh" => "TZS",
        "USh" | "Shs" => "UGX",
        "Rp" => "IDR",
        "RM" => "MYR",
        "Tk" => "BDT",
        "Rs" => "INR",
        "Dh" | "Dhs" => "AED",
        "SR" => "SAR",
        "QR" => "QAR",
        "KD" => "KWD",
        "BD" => "BHD",
        "JD" => "JOD",
        "MK" => "MWK",
        "ZK" => "ZMW",
        _ => return None,
    })
}

/// Some of the same letters, and the rupee's "Rs", before an amount with or without a space
/// ("KSh 900", "Rp 9,000", "Rs 1,200"); the rest only glued ("R 45", "SR 520" may be roads).
pub fn currency_letters_before(s: &str, glued: bool) -> Option<&'static str> {
    match s {
        "Rs" | "Rs." | "RS" | "rs" | "rs." => Some("INR"),
        "KSh" | "Ksh" | "Rp" | "RM" | "Tk" | "TSh" | "USh" | "Shs" => currency_letters(s),
        _ if glued => currency_letters(s),
        _ => None,
    }
}

/// Currency symbols (before or after the number).
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" | "円" => "JPY",
        "元" | "￥" => "CNY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₸" => "KZT",
        "₴" => "UAH",
        "₦" => "NGN",
        "₱" => "PHP",
        "₪" => "ILS",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₫" => "VND",
        "฿" => "THB",
        "₲" => "PYG",
        "₵" => "GHS",
        "₼" => "AZN",
        "₿" => "BTC",
        _ => return None,
    })
}

/// "US$", "A$", "C$", "HK$", "NZ$", "S$", "Mex$"; an ISO code before the sign too ("CAD$", "usd$").
pub fn dollar_prefix(s: &str) -> Option<&'static str> {
    // Lower-cased on the stack: the prefixes are at most four bytes.
    let mut buf = [0u8; 4];
    let b = buf.get_mut(..s.len())?;
    for (d, c) in b.iter_mut().zip(s.bytes()) {
        *d = c.to_ascii_lowercase();
    }
    if b.len() == 3 {
        let up = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase(), b[2].to_ascii_uppercase()];
        if let Some(c) = std::str::from_utf8(&up).ok().and_then(iso_currency) {
            return Some(c);
        }
    }
    Some(match &*b {
        b"us" | b"u.s." | b"u.s" => "USD",
        b"a" | b"au" => "AUD",
        b"c" | b"ca" | b"can" => "CAD",
        b"hk" => "HKD",
        b"nz" => "NZD",
        b"s" => "SGD",
        b"nt" => "TWD",
        b"r" => "BRL",
        b"z" => "ZWL",
        b"mex" | b"mx" => "MXN",
        _ => return None,
    })
}

const ISO: &[&str] = &[
    "AED", "ARS", "ATS", "AUD", "BEF", "BRL", "CAD", "CHF", "CNY", "CZK", "DEM", "DKK", "EGP", "EUR", "FIM", "FRF", "GBP", "HKD", "HUF", "IDR",
    "ILS", "INR", "ITL", "JPY", "KES", "KRW", "KZT", "MXN", "MYR", "NGN", "NLG", "NOK", "NZD", "PHP", "PKR", "PLN", "RON", "RUB", "SAR", "SEK",
    "SGD", "THB", "TRY", "TWD", "UAH", "USD", "ZAR",
];

/// An ISO 4217 code written before a number ("USD 5").
pub fn iso_currency(s: &str) -> Option<&'static str> {
    // Most tokens asked about are plain words: three capitals first, then the search.
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    ISO.binary_search(&s).ok().map(|i| ISO[i])
}

/// An ISO code in capitals with a scale letter before it, as business reports in northern Europe
/// write amounts: "120 MEUR" (millions of euros), "MSEK", "kSEK" (thousands).
pub fn scaled_iso(s: &str) -> Option<(&'static str, f64)> {
    let scale = match s.as_bytes().first()? {
        b'M' => 1e6,
        b'k' | b'K' => 1e3,
        _ => return None,
    };
    Some((iso_currency(s.get(1..)?)?, scale)).filter(|_| s.len() == 4)
}

/// Currency names after a number (lower case, possibly several words, singular or plural).
pub fn currency_name(s: &str) -> Option<&'static str> {
    let s = s.strip_suffix("es").filter(|b| b.ends_with("ss") || b.ends_with("ch")).unwrap_or(s);
    let one = |w: &str| -> Option<&'static str> {
        Some(match w {
            "dollar" | "dollars" | "usd" | "buck" | "bucks" => "USD",
            "euro" | "euros" | "eur" => "EUR",
            "pound" | "pounds" | "sterling" | "stg" | "gbp" | "quid" => "GBP",
            "leu" | "lei" => "RON",
            "yen" | "jpy" => "JPY",
            "yuan" | "renminbi" | "cny" | "rmb" | "kuai" => "CNY",
            "rupee" | "rupees" | "inr" => "INR",
            "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
            "tenge" | "kzt" => "KZT",
            "franc" | "francs" | "chf" => "CHF",
            "won" => "KRW",
            "lira" | "liras" | "lire" => "TRY",
            "hryvnia" | "hryvnias" | "hryvnas" => "UAH",
            "naira" => "NGN",
            "rand" => "ZAR",
            "peso" | "pesos" => "MXN",
            "real" | "reais" => "BRL",
            "krona" | "kronor" => "SEK",
            "krone" | "kroner" => "NOK",
            // Scandinavian and Czech money as English wire copy writes it; kept only where the
            // text names one of those countries (see `countries_using`).
            "crown" | "crowns" => "SEK",
            "koruna" | "korunas" => "CZK",
            "shekel" | "shekels" => "ILS",
            "riyal" | "riyals" => "SAR",
            "dirham" | "dirhams" => "AED",
            "dinar" | "dinars" => "KWD",
            "zloty" | "zlotys" => "PLN",
            "forint" | "forints" => "HUF",
            "baht" => "THB",
            "ringgit" => "MYR",
            "rupiah" => "IDR",
            "dong" => "VND",
            "markka" | "markkaa" => "FIM",
            "peseta" | "pesetas" => "ESP",
            "guilder" | "guilders" => "NLG",
            "mark" | "marks" | "deutschmark" | "deutschmarks" => "DEM",
            "schilling" | "schillings" => "ATS",
            "escudo" | "escudos" => "PTE",
            "drachma" | "drachmas" => "GRD",
            "cedi" | "cedis" => "GHS",
            "kwacha" => "ZMW",
            "birr" => "ETB",
            // Kenya's, the shilling most in the news (Ugandan, Tanzanian by name above).
            "shilling" | "shillings" => "KES",
            "taka" => "BDT",
            // Less common currencies, by the names wire copy writes after an amount (words that
            // are also everyday English, "sol", "som", "kip", "sum", are left out).
            "pula" => "BWP",
            "rial" | "rials" => "IRR",
            "afghani" | "afghanis" => "AFN",
            "kyat" | "kyats" => "MMK",
            "riel" | "riels" => "KHR",
            "tugrik" | "tugriks" => "MNT",
            "manat" | "manats" => "AZN",
            "lari" => "GEL",
            "somoni" => "TJS",
            "denar" | "denars" => "MKD",
            "lek" | "leke" => "ALL",
            "leone" | "leones" => "SLE",
            "dalasi" | "dalasis" => "GMD",
            "metical" | "meticais" | "meticals" => "MZN",
            "ariary" => "MGA",
            "kwanza" | "kwanzas" => "AOA",
            "nakfa" => "ERN",
            "lilangeni" | "emalangeni" => "SZL",
            "loti" | "maloti" => "LSL",
            "ouguiya" | "ouguiyas" => "MRU",
            "bolivar" | "bolivars" | "bolivares" => "VES",
            "boliviano" | "bolivianos" => "BOB",
            "soles" => "PEN",
            "colones" => "CRC",
            "quetzal" | "quetzales" | "quetzals" => "GTQ",
            "lempira" | "lempiras" => "HNL",
            "cordobas" => "NIO",
            "gourde" | "gourdes" => "HTG",
            "lev" | "leva" => "BGN",
            "kuna" | "kunas" => "HRK",
            "rufiyaa" => "MVR",
            "ngultrum" | "ngultrums" => "BTN",
            "kina" => "PGK",
            "vatu" => "VUV",
            "tala" => "WST",
            "bitcoin" | "bitcoins" | "btc" => "BTC",
            // Sub-units keep the stated number ("50 cents" → 50, unit "cent").
            "cent" | "cents" => "cent",
            "penny" | "pence" => "pence",
            "satoshi" | "satoshis" => "satoshi",
            _ => return None,
        })
    };
    Some(match s {
        "us dollar" | "us dollars" | "u.s. dollar" | "u.s. dollars" | "american dollars" => "USD",
        "pounds sterling" => "GBP",
        "australian dollar" | "australian dollars" => "AUD",
        "canadian dollar" | "canadian dollars" => "CAD",
        "hong kong dollar" | "hong kong dollars" => "HKD",
        "new zealand dollar" | "new zealand dollars" => "NZD",
        "singapore dollar" | "singapore dollars" => "SGD",
        "taiwan dollars" | "new taiwan dollars" => "TWD",
        "zimbabwe dollars" | "zimbabwean dollars" => "ZWL",
        "swiss franc" | "swiss francs" => "CHF",
        "french franc" | "french francs" => "FRF",
        "belgian franc" | "belgian francs" => "BEF",
        "cfa franc" | "cfa francs" => "XOF",
        "italian lira" | "italian lire" => "ITL",
        "turkish lira" | "turkish liras" => "TRY",
        "deutsche mark" | "deutsche marks" | "german marks" => "DEM",
        "finnish markka" | "finnish markkaa" => "FIM",
        "dutch guilder" | "dutch guilders" => "NLG",
        "spanish pesetas" => "ESP",
        "chinese yuan" | "chinese renminbi" => "CNY",
        "japanese yen" => "JPY",
        "indian rupees" | "indian rupee" => "INR",
        "pakistani rupees" | "pakistani rupee" => "PKR",
        "south african rand" => "ZAR",
        "mexican pesos" | "mexican peso" => "MXN",
        "chilean pesos" | "chilean peso" => "CLP",
        "argentine pesos" | "argentine peso" | "argentinian pesos" => "ARS",
        "colombian pesos" | "colombian peso" => "COP",
        "uruguayan pesos" | "uruguayan peso" => "UYU",
        "cuban pesos" | "cuban peso" => "CUP",
        "dominican pesos" | "dominican peso" => "DOP",
        "sri lankan rupees" | "sri lankan rupee" => "LKR",
        "nepali rupees" | "nepalese rupees" => "NPR",
        "iraqi dinars" | "iraqi dinar" => "IQD",
        "kuwaiti dinars" | "kuwaiti dinar" => "KWD",
        "jordanian dinars" | "jordanian dinar" => "JOD",
        "algerian dinars" | "algerian dinar" => "DZD",
        "tunisian dinars" | "tunisian dinar" => "TND",
        "serbian dinars" | "serbian dinar" => "RSD",
        "somali shillings" => "SOS",
        "icelandic kronur" | "icelandic krona" | "icelandic kronas" => "ISK",
        "philippine pesos" | "philippine peso" => "PHP",
        "swedish kronor" | "swedish crowns" => "SEK",
        "norwegian kroner" | "norwegian crowns" => "NOK",
        "danish kroner" | "danish crowns" => "DKK",
        "brazilian reais" | "brazilian real" => "BRL",
        "russian roubles" | "russian rubles" => "RUB",
        "kenyan shillings" => "KES",
        "ugandan shillings" => "UGX",
        "tanzanian shillings" => "TZS",
        "euro cents" | "u.s. cents" | "us cents" | "hong kong cents" | "singapore cents" | "australian cents" | "canadian cents" | "new zealand cents" => "cent",
        w if !w.contains(' ') => return one(w),
        _ => return None,
    })
}

/// The countries whose money English news calls "crowns". With none of them named, "crowns" is
/// no money at all ("three crowns" of a royal house, a champion's titles).
pub const CROWNS: &[(&str, &[&str])] = &[
    ("SEK", &["sweden", "swedish", "swedes", "stockholm"]),
    ("NOK", &["norway", "norwegian", "norwegians", "oslo"]),
    ("DKK", &["denmark", "danish", "danes", "copenhagen"]),
    ("CZK", &["czech", "czechs", "prague"]),
    ("ISK", &["iceland", "icelandic", "reykjavik"]),
];

/// The countries that call their currency `word` (lower case, as written after a number), each
/// with its ISO code and the words that name it in a text (country, people, capital or main
/// city), the usual reading first; None for a name only one country uses.
pub fn countries_using(word: &str) -> Option<&'static [(&'static str, &'static [&'static str])]> {
    Some(match word {
        "peso" | "pesos" => &[
            ("MXN", &["mexico", "mexican", "mexicans"]),
            ("CLP", &["chile", "chilean", "chileans", "santiago"]),
            ("ARS", &["argentina", "argentine", "argentinian", "argentines", "buenos aires"]),
            ("COP", &["colombia", "colombian", "colombians", "bogota", "bogotá"]),
            ("PHP", &["philippines", "philippine", "filipino", "filipinos", "manila"]),
            ("UYU", &["uruguay", "uruguayan", "montevideo"]),
            ("CUP", &["cuba", "cuban", "cubans", "havana"]),
            ("DOP", &["dominican republic", "santo domingo"]),
        ],
        "rupee" | "rupees" => &[
            ("INR", &["india", "indian", "indians", "new delhi", "delhi", "mumbai"]),
            ("PKR", &["pakistan", "pakistani", "pakistanis", "islamabad", "karachi"]),
            ("LKR", &["sri lanka", "sri lankan", "colombo"]),
            ("NPR", &["nepal", "nepali", "nepalese", "kathmandu"]),
            ("MUR", &["mauritius", "mauritian"]),
        ],
        "franc" | "francs" => &[
            ("CHF", &["switzerland", "swiss", "zurich", "geneva", "bern"]),
            ("FRF", &["france", "french", "paris"]),
            ("BEF", &["belgium", "belgian", "brussels"]),
            ("XOF", &["senegal", "senegalese", "dakar", "ivory coast", "mali", "malian", "burkina faso", "niger", "benin", "togo"]),
            ("XAF", &["cameroon", "cameroonian", "gabon", "chad", "chadian"]),
        ],
        "dinar" | "dinars" => &[
            ("KWD", &["kuwait", "kuwaiti"]),
            ("IQD", &["iraq", "iraqi", "iraqis", "baghdad"]),
            ("JOD", &["jordan", "jordanian", "amman"]),
            ("BHD", &["bahrain", "bahraini", "manama"]),
            ("DZD", &["algeria", "algerian", "algiers"]),
            ("TND", &["tunisia", "tunisian", "tunis"]),
            ("RSD", &["serbia", "serbian", "belgrade"]),
            ("LYD", &["libya", "libyan", "tripoli"]),
        ],
        "shilling" | "shillings" => &[
            ("KES", &["kenya", "kenyan", "kenyans", "nairobi"]),
            ("UGX", &["uganda", "ugandan", "ugandans", "kampala"]),
            ("TZS", &["tanzania", "tanzanian", "tanzanians", "dar es salaam", "dodoma"]),
            ("SOS", &["somalia", "somali", "mogadishu"]),
        ],
        "krona" | "kronor" => &[("SEK", &["sweden", "swedish", "stockholm"]), ("ISK", &["iceland", "icelandic", "reykjavik"])],
        "krone" | "kroner" => &[("NOK", &["norway", "norwegian", "oslo"]), ("DKK", &["denmark", "danish", "copenhagen"])],
        "crown" | "crowns" => CROWNS,
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
        "quarters" => ("quarter", 1.0),
        "century" | "centuries" => ("year", 100.0),
        _ => return None,
    })
}

/// Measurement units (lower-case word → symbol).
pub fn unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km",
        "m" | "metres" | "meters" | "metre" | "meter" => "m",
        "cm" | "centimetres" | "centimeters" | "centimetre" | "centimeter" => "cm",
        "mm" | "millimetres" | "millimeters" | "millimetre" | "millimeter" => "mm",
        "µm" | "μm" | "micrometres" | "micrometers" | "micrometre" | "micrometer" | "microns" | "micron" => "µm",
        "nm" | "nanometres" | "nanometers" | "nanometre" | "nanometer" => "nm",
        "km2" | "km²" => "km²",
        "m2" | "m²" => "m²",
        "m3" | "m³" => "m³",
        "mi" | "miles" | "mile" => "mi",
        "ft" | "feet" | "foot" => "ft",
        "in" if false => "in",
        "inches" | "inch" => "in",
        "yards" | "yard" => "yd",
        "kg" | "kilograms" | "kilogram" | "kilos" => "kg",
        "g" | "grams" | "gram" => "g",
        "mg" | "milligrams" | "milligram" => "mg",
        "µg" | "μg" | "mcg" | "micrograms" | "microgram" => "µg",
        "lb" | "lbs" | "pounds-weight" | "pounds" | "pound" => "lb",
        "oz" | "ounces" | "ounce" => "oz",
        "tonnes" | "tonne" | "tons" | "ton" | "t" => "t",
        "gigatonnes" | "gigatonne" | "gigatons" | "gigaton" => "Gt",
        "megatonnes" | "megatonne" | "megatons" | "megaton" => "Mt",
        "barrels" | "barrel" | "bbl" => "bbl",
        // Barrels per day, as oil news abbreviates them.
        "bpd" | "b/d" => "bbl/d",
        "litres" | "liters" | "litre" | "liter" | "l" => "L",
        "ml" | "millilitres" | "milliliters" => "mL",
        "gallons" | "gallon" => "gal",
        "hectares" | "hectare" | "ha" => "ha",
        "acres" | "acre" => "acre",
        "mph" => "mph",
        "kph" | "km/h" => "km/h",
        "knots" => "kn",
        "mw" | "megawatts" | "megawatt" => "MW",
        "gw" | "gigawatts" | "gigawatt" => "GW",
        "kw" | "kilowatts" | "kilowatt" => "kW",
        "kwh" => "kWh",
        "mwh" => "MWh",
        "gwh" => "GWh",
        "twh" => "TWh",
        // Air pressure, as storm reports give it.
        "millibars" | "millibar" | "mbar" | "hectopascals" | "hectopascal" | "hpa" => "hPa",
        "volts" | "volt" => "V",
        "kilovolts" | "kilovolt" | "kv" => "kV",
        "ghz" | "gigahertz" => "GHz",
        "mhz" | "megahertz" => "MHz",
        "kb" | "kilobytes" | "kilobyte" => "kB",
        "mb" | "megabytes" | "megabyte" => "MB",
        "gb" | "gigabytes" | "gigabyte" => "GB",
        "tb" | "terabytes" | "terabyte" => "TB",
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

/// Stock indexes named with a number ("the S&P 500", "FTSE 100", "Nikkei 225", "CAC 40",
/// "Russell 2000", "Euro Stoxx 50"): when token `i` is the number of one, the first token of the
/// index's name. The number counts nothing and is no year.
pub fn stock_index(text: &str, tokens: &[crate::text::Token], i: usize) -> Option<usize> {
    let t = tokens.get(i).filter(|t| t.kind == crate::text::TokenKind::Number && t.space_before && !t.newline_before)?;
    let n = t.text(text);
    let w = |k: usize| tokens[k].text(text);
    if i == 0 {
        return None;
    }
    let p = i - 1;
    let name_ok = match w(p) {
        "FTSE" => matches!(n, "100" | "250" | "350"),
        "Nikkei" => n == "225",
        "CAC" => n == "40",
        "DAX" | "MDAX" => matches!(n, "30" | "40" | "50"),
        "Russell" => matches!(n, "1000" | "2000" | "3000"),
        "Stoxx" | "STOXX" => matches!(n, "50" | "600"),
        "Sensex" => n == "30",
        "Nifty" => n == "50",
        "ASX" => matches!(n, "200" | "300"),
        "TSX" => n == "60",
        "KOSPI" | "Kospi" => n == "200",
        "IBEX" | "Ibex" => n == "35",
        "OMXS" => n == "30",
        "P" => matches!(n, "500" | "100" | "400" | "600"),
        _ => false,
    };
    if !name_ok {
        return None;
    }
    // "S&P": the letters and the ampersand before; "Euro Stoxx", "S&P/ASX": their first word.
    let mut s = p;
    if w(p) == "P" {
        if p < 2 || w(p - 1) != "&" || w(p - 2) != "S" {
            return None;
        }
        s = p - 2;
    }
    if s >= 1 && matches!(w(s), "Stoxx" | "STOXX") && w(s - 1) == "Euro" {
        s -= 1;
    }
    if s >= 4 && w(s) == "ASX" && w(s - 1) == "/" && w(s - 2) == "P" && w(s - 3) == "&" && w(s - 4) == "S" {
        s -= 4;
    }
    Some(s)
}
