//! Write the synthetic benchmark region: `cargo run --release --example corpus -- DIR
//! [GEMEENTEN DIENSTEN OVERIG]` (default: national scale, 342 50000 2000).

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: corpus DIR [GEMEENTEN DIENSTEN OVERIG]");
        std::process::exit(2);
    };
    let mut spec = corpus::CorpusSpec::national();
    let nums: Vec<usize> = args[1..].iter().filter_map(|a| a.parse().ok()).collect();
    if let [g, d, o] = nums[..] {
        spec = corpus::CorpusSpec { gemeenten: g, diensten: d, overig: o };
    }
    if let Err(e) = corpus::generate(std::path::Path::new(dir), &spec) {
        eprintln!("cannot write the corpus: {e}");
        std::process::exit(1);
    }
    println!(
        "wrote {} municipalities, {} services, {} other pages to {dir}",
        spec.gemeenten, spec.diensten, spec.overig
    );
}
