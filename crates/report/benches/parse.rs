//! Parsing speed: `report::parse` on the seed and on synthetic reports 10× and 100× its size
//! (built by `src/bin/gen_report.rs`), as bytes per second. Run: `bash scripts/bench.sh`, or
//! `cargo bench -p report --bench parse`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

#[allow(dead_code, unused_imports)] // only `synthesize` is used; the file's tests are not run here
#[path = "../src/bin/gen_report.rs"]
mod gen_report;

const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for times in [1, 10, 100] {
        let text = gen_report::synthesize(SEED, times).expect("the seed synthesizes");
        group.throughput(Throughput::Bytes(text.len() as u64));
        // Fewer, longer samples for the 2 MB report (criterion's minimum is 10).
        group.sample_size(if times == 100 { 10 } else { 50 });
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{times}x")),
            &text,
            |b, t| b.iter(|| report::parse(black_box(t)).expect("parses")),
        );
    }
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
