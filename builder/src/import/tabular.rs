//! Reading the HSDS 3.0 tabular data package (`datapackage.json` with one CSV per
//! table): the rows are put together into the nested form, one JSON object per service,
//! so that one reader (`hsds::service`) maps both forms. Tables Wijkwijzer has no place
//! for that point at a service (contacts, funding, …) are attached to it under their own
//! name, so the report names them.

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

use serde_json::{Map, Value};

use super::ImportError;
use crate::diagnostics::display_path;

type Row = Map<String, Value>;

/// Tables this reader puts in their place; any other table with a `service_id` column is
/// attached to its service as is.
const KNOWN: &[&str] = &[
    "services",
    "organizations",
    "locations",
    "addresses",
    "phones",
    "schedules",
    "service_areas",
    "languages",
    "service_at_locations",
    "cost_options",
    "accessibility",
    "attributes",
    "taxonomy_terms",
];

/// The services of the package whose `datapackage.json` is `file`, each with where it
/// was read.
pub fn read(file: &Path) -> Result<Vec<(String, Value)>, ImportError> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let package = super::read_json(file)?;
    let mut tables: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for resource in package.get("resources").and_then(Value::as_array).into_iter().flatten() {
        let (Some(name), Some(path)) =
            (resource.get("name").and_then(Value::as_str), resource.get("path").and_then(Value::as_str))
        else {
            continue;
        };
        tables.insert(name.to_string(), rows(&inside(dir, path, file)?)?);
    }
    let Some(services) = tables.get("services") else {
        return Err(ImportError::NotServices { file: file.to_path_buf() });
    };
    let by = |table: &str, key: &str| -> HashMap<String, Vec<Row>> {
        let mut out: HashMap<String, Vec<Row>> = HashMap::new();
        for row in tables.get(table).into_iter().flatten() {
            if let Some(id) = row.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()) {
                out.entry(id.to_string()).or_default().push(row.clone());
            }
        }
        out
    };
    let one = |table: &str| -> HashMap<String, Row> {
        by(table, "id").into_iter().filter_map(|(id, mut rows)| Some((id, rows.pop()?))).collect()
    };
    let organizations = one("organizations");
    let locations = one("locations");
    let terms = one("taxonomy_terms");
    let addresses = by("addresses", "location_id");
    let accessibility = by("accessibility", "location_id");
    let schedules_of_service = by("schedules", "service_id");
    let schedules_of_location = by("schedules", "location_id");
    let per_service: Vec<(&str, HashMap<String, Vec<Row>>)> = ["phones", "service_areas", "languages", "cost_options"]
        .into_iter()
        .map(|t| (t, by(t, "service_id")))
        .collect();
    let at_locations = by("service_at_locations", "service_id");
    let attributes = by("attributes", "link_id");
    let others: Vec<(&String, HashMap<String, Vec<Row>>)> = tables
        .iter()
        .filter(|(name, rows)| {
            !KNOWN.contains(&name.as_str()) && rows.first().is_some_and(|r| r.contains_key("service_id"))
        })
        .map(|(name, _)| (name, by(name, "service_id")))
        .collect();

    let list = |map: &HashMap<String, Vec<Row>>, id: &str| -> Value {
        Value::Array(map.get(id).cloned().unwrap_or_default().into_iter().map(Value::Object).collect())
    };
    let shown = display_path(file);
    let mut out = Vec::new();
    for (i, row) in services.iter().enumerate() {
        let mut service = row.clone();
        let id = row.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
        if let Some(org) = row.get("organization_id").and_then(Value::as_str).and_then(|o| organizations.get(o)) {
            service.insert("organization".into(), Value::Object(org.clone()));
        }
        for (table, map) in &per_service {
            service.insert((*table).into(), list(map, &id));
        }
        // The service's own schedules: those that name no location.
        let own: Vec<Value> = schedules_of_service
            .get(&id)
            .into_iter()
            .flatten()
            .filter(|s| s.get("location_id").and_then(Value::as_str).unwrap_or_default().is_empty())
            .cloned()
            .map(Value::Object)
            .collect();
        service.insert("schedules".into(), Value::Array(own));
        let mut sals = Vec::new();
        for sal in at_locations.get(&id).into_iter().flatten() {
            let mut sal = sal.clone();
            let lid = sal.get("location_id").and_then(Value::as_str).unwrap_or_default().to_string();
            if let Some(location) = locations.get(&lid) {
                let mut location = location.clone();
                location.insert("addresses".into(), list(&addresses, &lid));
                location.insert("accessibility".into(), list(&accessibility, &lid));
                location.insert("schedules".into(), list(&schedules_of_location, &lid));
                sal.insert("location".into(), Value::Object(location));
            }
            sals.push(Value::Object(sal));
        }
        service.insert("service_at_locations".into(), Value::Array(sals));
        let attrs: Vec<Value> = attributes
            .get(&id)
            .into_iter()
            .flatten()
            .map(|a| {
                let mut a = a.clone();
                let term = a.get("taxonomy_term_id").and_then(Value::as_str).and_then(|t| terms.get(t)).cloned();
                if let Some(term) = term {
                    a.insert("taxonomy_term".into(), Value::Object(term));
                }
                Value::Object(a)
            })
            .collect();
        service.insert("attributes".into(), Value::Array(attrs));
        for (table, map) in &others {
            service.insert((*table).clone(), list(map, &id));
        }
        out.push((format!("{shown} services.csv:{}", i + 2), Value::Object(service)));
    }
    Ok(out)
}

/// A resource's path: a plain relative path inside the package's folder.
fn inside(dir: &Path, path: &str, package: &Path) -> Result<PathBuf, ImportError> {
    let rel = Path::new(path);
    if rel.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(dir.join(rel))
    } else {
        Err(ImportError::OutsidePackage { file: package.to_path_buf(), path: path.to_string() })
    }
}

/// The rows of a CSV file, each a JSON object of its columns (all texts).
fn rows(file: &Path) -> Result<Vec<Row>, ImportError> {
    let text = super::read_text(file)?;
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let csv_error = |e: csv::Error| {
        let line = e.position().map_or(0, |p| p.line() as usize);
        ImportError::Csv { file: file.to_path_buf(), line, detail: e.to_string() }
    };
    let headers = reader.headers().map_err(csv_error)?.clone();
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let row: Row =
            headers.iter().zip(record.iter()).map(|(h, v)| (h.to_string(), Value::String(v.to_string()))).collect();
        out.push(row);
    }
    Ok(out)
}
