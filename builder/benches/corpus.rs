//! A synthetic, Zola-compatible region for benchmarks: N municipalities with wijken,
//! services spread over them, and info and news pages. Deterministic: the same
//! parameters give the same files.

use std::fmt::Write as _;
use std::path::Path;

pub struct CorpusSpec {
    pub gemeenten: usize,
    pub diensten: usize,
    pub overig: usize,
}

impl CorpusSpec {
    /// National scale: every Dutch municipality, a large directory.
    #[allow(dead_code)] // the import benchmark builds its own
    pub fn national() -> Self {
        CorpusSpec { gemeenten: 342, diensten: 50_000, overig: 2_000 }
    }
}

const NEEDS: &[&str] = &[
    "nu-hulp",
    "zorgen-om-iemand",
    "praten",
    "psychische-klachten",
    "herstel",
    "wonen",
    "onderdak",
    "geldzaken",
    "werk-dagbesteding",
    "meedoen",
    "zelfzorg-huishouden",
    "verslaving",
    "relaties-veiligheid",
    "naasten",
    "lichamelijke-gezondheid",
    "justitie-recht",
];
const KINDS: &[&str] = &[
    "inloop",
    "wijkteam",
    "dagbesteding",
    "schuldhulp",
    "herstelacademie",
    "ambulante-begeleiding",
    "lotgenoten",
    "maatje",
];
const WORDS: &[&str] = &[
    "hulp",
    "buurt",
    "koffie",
    "gesprek",
    "steun",
    "samen",
    "thuis",
    "werk",
    "geld",
    "schulden",
    "praten",
    "wijk",
    "vrijwilliger",
    "herstel",
    "dagbesteding",
    "inloop",
    "begeleiding",
    "afspraak",
    "gratis",
    "vragen",
    "mensen",
    "ervaring",
    "luisteren",
    "rust",
    "ontmoeten",
    "eten",
    "wandelen",
    "cursus",
    "leren",
    "zorgen",
];

/// A small deterministic generator (xorshift), so no dependency is needed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn words(&mut self, n: usize) -> String {
        (0..n).map(|_| WORDS[self.below(WORDS.len())]).collect::<Vec<_>>().join(" ")
    }
}

pub fn generate(root: &Path, spec: &CorpusSpec) -> std::io::Result<()> {
    if root.exists() {
        std::fs::remove_dir_all(root)?;
    }
    let content = root.join("content");
    std::fs::create_dir_all(&content)?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);

    let mut config = String::from("base_url = \"https://www.example-regio.nl\"\ntitle = \"Benchmarkregio\"\ntaxonomies = [{ name = \"behoeften\", paginate_by = 50 }]\ngenerate_feeds = true\n\n[extra]\nregio = \"Benchmark\"\n");
    for n in NEEDS {
        let _ = write!(config, "\n[[extra.behoeften]]\nslug = \"{n}\"\nlabel = \"{n}\"\n");
    }
    for k in KINDS {
        let _ = write!(config, "\n[[extra.soorten]]\nslug = \"{k}\"\nlabel = \"{}\"\n", capitalise(k));
    }
    std::fs::write(root.join("config.toml"), config)?;
    std::fs::write(content.join("_index.md"), "+++\ntitle = \"Benchmarkregio\"\n+++\nWelkom.\n")?;
    std::fs::create_dir_all(content.join("gemeenten"))?;
    std::fs::write(content.join("gemeenten/_index.md"), "+++\ntitle = \"Gemeenten\"\nsort_by = \"title\"\n+++\n")?;

    let mut wijken_of = Vec::new();
    for g in 0..spec.gemeenten {
        let dir = content.join(format!("gemeenten/gemeente-{g:03}"));
        std::fs::create_dir_all(&dir)?;
        let n_wijken = 4 + rng.below(5);
        let mut front = format!(
            "+++\ntitle = \"Gemeente {g:03}\"\ndescription = \"Steun dichtbij in gemeente {g:03}.\"\nsort_by = \"title\"\npaginate_by = 100\n[extra.gemeente]\ncode = \"GM{:04}\"\n",
            g + 1
        );
        let mut wijken = Vec::new();
        for w in 0..n_wijken {
            let slug = format!("wijk-{w}");
            let _ = write!(
                front,
                "[[extra.gemeente.wijken]]\nslug = \"{slug}\"\nnaam = \"Wijk {w}\"\npostcodes = [\"{}\"]\n",
                1000 + (g * 8 + w) % 9000
            );
            wijken.push(slug);
        }
        front.push_str("+++\n");
        front.push_str(&rng.words(60));
        front.push('\n');
        std::fs::write(dir.join("_index.md"), front)?;
        wijken_of.push(wijken);
    }

    for d in 0..spec.diensten {
        let g = d % spec.gemeenten;
        let wijk = &wijken_of[g][rng.below(wijken_of[g].len())];
        let need_a = NEEDS[rng.below(NEEDS.len())];
        let need_b = NEEDS[rng.below(NEEDS.len())];
        let needs = if need_a == need_b { format!("\"{need_a}\"") } else { format!("\"{need_a}\", \"{need_b}\"") };
        let kind = KINDS[rng.below(KINDS.len())];
        let title = format!("{} {}", capitalise(kind), rng.words(2));
        let body = format!(
            "## Wat is het?\n\n{}.\n\n## Voor wie?\n\n{}.\n\n## Hoe kom je erin?\n\n{}.\n",
            capitalise(&rng.words(40)),
            capitalise(&rng.words(25)),
            capitalise(&rng.words(20))
        );
        let text = format!(
            "+++\ntitle = \"{title}\"\ndescription = \"{}.\"\n[taxonomies]\nbehoeften = [{needs}]\n[extra.dienst]\nsoort = \"{kind}\"\norganisatie = \"Stichting {g:03}\"\nwijken = [\"{wijk}\"]\ntoegang = \"vrij\"\nkosten = \"gratis\"\ntelefoon = [\"0599 {:03} {:03}\"]\nopeningstijden = \"Mo-Fr 09:00-17:00\"\ngecontroleerd = 2026-09-01\nvoorbeeld = true\n+++\n{body}",
            capitalise(&rng.words(12)),
            rng.below(1000),
            rng.below(1000)
        );
        std::fs::write(content.join(format!("gemeenten/gemeente-{g:03}/dienst-{d:05}.md")), text)?;
    }

    let info = content.join("informatie");
    let news = content.join("nieuws");
    std::fs::create_dir_all(&info)?;
    std::fs::create_dir_all(&news)?;
    std::fs::write(
        info.join("_index.md"),
        "+++\ntitle = \"Informatie\"\nsort_by = \"weight\"\npaginate_by = 50\n+++\n",
    )?;
    std::fs::write(
        news.join("_index.md"),
        "+++\ntitle = \"Nieuws\"\nsort_by = \"date\"\npaginate_by = 20\ngenerate_feeds = true\n+++\n",
    )?;
    for o in 0..spec.overig {
        let body = format!(
            "{}.\n\n## {}\n\n{}.\n\n## {}\n\n{}.\n",
            capitalise(&rng.words(50)),
            capitalise(&rng.words(3)),
            capitalise(&rng.words(80)),
            capitalise(&rng.words(3)),
            capitalise(&rng.words(80))
        );
        if o % 2 == 0 {
            std::fs::write(
                info.join(format!("info-{o:04}.md")),
                format!("+++\ntitle = \"Informatie {o}\"\nweight = {o}\n+++\n{body}"),
            )?;
        } else {
            let (month, day) = (1 + o % 12, 1 + o % 28);
            std::fs::write(
                news.join(format!("2026-{month:02}-{day:02}-bericht-{o:04}.md")),
                format!("+++\ntitle = \"Bericht {o}\"\n+++\n{body}"),
            )?;
        }
    }
    Ok(())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
