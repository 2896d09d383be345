//! How long the tradeoff engine takes on plans of 12, 100 and 1000 modules:
//! it runs after every edit in the editor. Run with `cargo bench --bench
//! analyze`; the README's Performance section lists the budgets.

mod common;

use std::hint::black_box;

use coursegrid::analysis::analyze;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use common::{SIZES, plan};

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    for size in SIZES {
        let course = plan(size);
        group.bench_with_input(BenchmarkId::from_parameter(size), &course, |b, course| {
            b.iter(|| analyze(black_box(course)))
        });
    }
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
