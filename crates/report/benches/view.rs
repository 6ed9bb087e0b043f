//! What one keystroke costs natively: `view::evaluate` (search hits plus facet counts, the
//! app's per-keystroke work) over the cards of the seed and of synthetic reports 10× and 100×
//! its size, for a few queries and a kind-filter toggle; plus the once-per-report work (cards,
//! search index). Run: `bash scripts/bench.sh`, or `cargo bench -p report --bench view`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use report::view::{self, Filter, SearchIndex};
use report::NumberKind;
use std::hint::black_box;

#[allow(dead_code, unused_imports)] // only `synthesize` is used; the file's tests are not run here
#[path = "../src/bin/gen_report.rs"]
mod gen_report;

const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");

/// Typed one character at a time, as in the search box: each prefix is one keystroke.
const QUERIES: [&str; 3] = ["养老", "增长", "329.73"];

fn view(c: &mut Criterion) {
    for times in [1, 10, 100] {
        let text = gen_report::synthesize(SEED, times).expect("the seed synthesizes");
        let report = report::parse(&text).expect("parses");
        let cards = view::cards(&report);
        let index = SearchIndex::new(&cards);
        let size = format!("{times}x");

        let mut group = c.benchmark_group(format!("load/{size}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("cards", |b| b.iter(|| view::cards(black_box(&report))));
        group.bench_function("index", |b| b.iter(|| SearchIndex::new(black_box(&cards))));
        group.bench_function("key_figures", |b| {
            b.iter(|| view::key_figures(black_box(&report), &cards, 6))
        });
        group.finish();

        let mut group = c.benchmark_group(format!("evaluate/{size}"));
        group.throughput(Throughput::Elements(cards.len() as u64));
        for q in QUERIES {
            let filter = Filter {
                q: q.into(),
                ..Filter::default()
            };
            group.bench_with_input(BenchmarkId::new("search", q), &filter, |b, f| {
                b.iter(|| view::evaluate(&report, &cards, &index, black_box(f)))
            });
        }
        let toggled = Filter::default().toggle_kind(NumberKind::Growth);
        group.bench_with_input(
            BenchmarkId::new("filter", "kind=growth"),
            &toggled,
            |b, f| b.iter(|| view::evaluate(&report, &cards, &index, black_box(f))),
        );
        let both = Filter {
            q: "增长".into(),
            ..toggled.clone()
        };
        group.bench_with_input(
            BenchmarkId::new("search+filter", "增长&kind=growth"),
            &both,
            |b, f| b.iter(|| view::evaluate(&report, &cards, &index, black_box(f))),
        );
        group.finish();
    }
}

/// The once-per-report work on one paragraph of 20,000 growths (the hostile corpus's
/// `dense-growth`): each step must stay one pass over the paragraph.
fn dense(c: &mut Criterion) {
    let growths: Vec<String> = (0..20_000)
        .map(|i| format!("指标{}增长{}.{}%", i + 1, i % 20, i % 10))
        .collect();
    let text = format!("一、工作回顾\n{}。\n", growths.join("，"));
    let report = report::parse(&text).expect("parses");
    let cards = view::cards(&report);
    let mut group = c.benchmark_group("load/dense-growth");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("cards", |b| b.iter(|| view::cards(black_box(&report))));
    group.bench_function("index", |b| b.iter(|| SearchIndex::new(black_box(&cards))));
    group.bench_function("key_figures", |b| {
        b.iter(|| view::key_figures(black_box(&report), &cards, 6))
    });
    group.finish();
}

criterion_group!(benches, view, dense);
criterion_main!(benches);
