//! The one schema both sides use. Text fields are analyzed in Dutch; `facet` holds
//! paths such as `/behoefte/geldzaken` and `/wijk/heidebroek/centrum`, one term each,
//! for filters and counts (see `facets`); `display` is what a result shows, as JSON.

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED, STRING};
use tantivy::Index;

use crate::analysis::{dutch_analyzer, DUTCH};

#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub title: Field,
    pub description: Field,
    pub body: Field,
    pub organisation: Field,
    pub labels: Field,
    pub places: Field,
    pub facet: Field,
    pub url: Field,
    pub display: Field,
}

/// Text fields searched, with their boosts: a title match ranks first.
pub fn boosts(f: &Fields) -> [(Field, f32); 6] {
    [(f.title, 4.0), (f.labels, 2.0), (f.description, 2.0), (f.organisation, 1.5), (f.places, 1.5), (f.body, 1.0)]
}

pub fn build() -> (Schema, Fields) {
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default().set_tokenizer(DUTCH).set_index_option(IndexRecordOption::WithFreqs),
    );
    let mut b = Schema::builder();
    let fields = Fields {
        title: b.add_text_field("title", text.clone()),
        description: b.add_text_field("description", text.clone()),
        body: b.add_text_field("body", text.clone()),
        organisation: b.add_text_field("organisation", text.clone()),
        labels: b.add_text_field("labels", text.clone()),
        places: b.add_text_field("places", text),
        facet: b.add_text_field("facet", STRING),
        url: b.add_text_field("url", STRING | STORED),
        display: b.add_text_field("display", STORED),
    };
    (b.build(), fields)
}

/// Give an index the Dutch analyzer under the name the schema uses.
pub fn register(index: &Index) {
    index.tokenizers().register(DUTCH, dutch_analyzer());
}

/// The fields of an index built with this schema.
pub fn fields_of(schema: &Schema) -> Result<Fields, tantivy::TantivyError> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        title: f("title")?,
        description: f("description")?,
        body: f("body")?,
        organisation: f("organisation")?,
        labels: f("labels")?,
        places: f("places")?,
        facet: f("facet")?,
        url: f("url")?,
        display: f("display")?,
    })
}
