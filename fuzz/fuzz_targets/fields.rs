//! The directory's field checks and the opening hours parser and Dutch writer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wijkwijzer::directory::{fields, opening_hours};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = fields::phone(text);
    let _ = fields::postcode(text);
    let _ = fields::pc4(text);
    let _ = fields::email(text);
    let _ = fields::website(text);
    let _ = fields::language(text);
    if let Ok(expr) = opening_hours::parse(text) {
        let _ = opening_hours::to_dutch(&expr);
    }
});
