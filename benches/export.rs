//! How long the exports take on plans of 12, 100 and 1000 modules: the
//! Markdown document (summary, tradeoffs, grid, modules, warnings, charts)
//! and the CSV, rendered to a string as `coursegrid export` does before
//! writing it.

mod common;

use std::hint::black_box;

use coursegrid::export::{ExportFormat, render};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use common::{SIZES, plan};

fn exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    for size in SIZES {
        let course = plan(size);
        for format in [ExportFormat::Markdown, ExportFormat::Csv] {
            group.bench_with_input(
                BenchmarkId::new(format.extension(), size),
                &course,
                |b, course| b.iter(|| render(format, black_box(course))),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
