//! How long one `ParseJob::step` takes on a ~10 MB report (issue 8: parsing must not freeze the
//! page): the synthetic 100× report (`src/bin/gen_report.rs`, 2.1 MB) five times over, parsed in
//! steps of several budgets; prints the number of steps and the longest, 99th-percentile and
//! median step, and checks the result is `report::parse`'s. Not criterion: the figure that
//! matters is the longest step, not the mean. Run:
//! `cargo bench -p report --bench steps` (or `-- --budget 262144` for one budget).

use report::job::RECOMMENDED_BUDGET;
use report::{ParseJob, Step};
use std::time::{Duration, Instant};

#[allow(dead_code, unused_imports)] // only `synthesize` is used; the file's tests are not run here
#[path = "../src/bin/gen_report.rs"]
mod gen_report;

const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let one = gen_report::synthesize(SEED, 100).expect("the seed synthesizes");
    let text = [one.as_str(); 5].join("\n");
    // `--budget N` for one budget (other arguments, such as criterion's, are ignored).
    let args: Vec<String> = std::env::args().collect();
    let budget = args
        .iter()
        .position(|a| a == "--budget")
        .and_then(|i| args.get(i + 1)?.parse().ok());
    let budgets: Vec<usize> = match budget {
        Some(b) => vec![b],
        None => vec![
            RECOMMENDED_BUDGET / 4,
            RECOMMENDED_BUDGET,
            RECOMMENDED_BUDGET * 4,
        ],
    };
    let start = Instant::now();
    let whole = report::parse(&text).expect("parses");
    let parse_time = start.elapsed();
    println!(
        "parse_job: {:.1} MB ({} numbers); report::parse in one go: {:.0} ms",
        text.len() as f64 / 1e6,
        whole.numbers.len(),
        ms(parse_time)
    );
    for budget in budgets {
        // Three runs: a step preempted by another process is long in one run only, so the
        // longest step of the best run is the job's own.
        let mut runs: Vec<(Vec<Duration>, Duration)> = Vec::new();
        for _ in 0..3 {
            let mut job = ParseJob::new(text.as_str());
            let mut steps: Vec<Duration> = Vec::new();
            let start = Instant::now();
            let report = loop {
                let t = Instant::now();
                let step = job.step(budget);
                steps.push(t.elapsed());
                if let Step::Done(result) = step {
                    break result.expect("parses");
                }
            };
            let total = start.elapsed();
            assert!(
                report == whole,
                "the stepped parse differs from report::parse"
            );
            steps.sort();
            runs.push((steps, total));
        }
        runs.sort_by_key(|(steps, _)| steps.last().copied());
        let (steps, total) = &runs[0];
        let at = |q: usize| ms(steps[(steps.len() - 1) * q / 100]);
        let worst = runs.iter().filter_map(|(s, _)| s.last()).max().copied();
        println!(
            "parse_job budget {budget:>8}: {:>5} steps, longest {:6.2} ms (worst run {:6.2} ms), p99 {:6.2} ms, median {:6.2} ms, all {:.0} ms",
            steps.len(),
            at(100),
            worst.map_or(0.0, ms),
            at(99),
            at(50),
            ms(*total)
        );
    }
}
