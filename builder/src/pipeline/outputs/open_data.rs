//! Open data: the postcode finder's table (`postcodes.json`) and the directory as
//! Open Referral HSDS 3.0 (JSON, and CSV with a data package).

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::directory;
use crate::pipeline::Site;

/// The open data files, as (output-relative path, text); none without a directory.
pub fn files(site: &Site, diags: &mut Diagnostics) -> Vec<(String, String)> {
    let (lib, config) = (&site.lib, &site.config);
    let mut files = Vec::new();
    if let Some(dir) = &site.directory {
        // The postcode finder's table: PC4 → wijk page, read by postcode.js.
        let table: serde_json::Map<String, serde_json::Value> = directory::postcode_rows(dir)
            .into_iter()
            .map(|(pc, g, w)| {
                let gem = &dir.gemeenten[g];
                (pc, serde_json::json!(config.permalink(&directory::views::wijk_path(lib, gem, &gem.wijken[w].slug))))
            })
            .collect();
        files.push(("postcodes.json".into(), serde_json::Value::Object(table).to_string()));
        // Not open data, but like it made from front matter alone: Mijn lijstje's files.
        files.extend(directory::lijstje::files(dir, lib, config, &site.catalogues));
        match directory::hsds::export(dir, lib, config) {
            Ok(f) => files.extend(f),
            Err(e) => diags.push(Diagnostic::error(
                Code::OutputWrite,
                "content",
                crate::msg!("open-data-write", error = e.to_string()),
            )),
        }
    }
    files
}
