//! How long the plan file takes to read and write on plans of 12, 100 and 1000
//! modules: parsing the text, loading from disk (read, UTF-8 check, parse) and
//! saving (the text, a temporary file, fsync, the backup, the rename).

mod common;

use std::hint::black_box;

use coursegrid::plan_file;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use common::{SIZES, plan};

fn plan_file_io(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan_file");
    let dir = tempfile::tempdir().unwrap();
    for size in SIZES {
        let course = plan(size);
        let text = plan_file::to_string(&course);
        group.bench_with_input(BenchmarkId::new("parse", size), &text, |b, text| {
            b.iter(|| plan_file::parse(black_box(text)).unwrap())
        });
        let path = dir.path().join(format!("plan-{size}.ron"));
        plan_file::save(&path, &course).unwrap();
        group.bench_with_input(BenchmarkId::new("load", size), &path, |b, path| {
            b.iter(|| plan_file::load(black_box(path)).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("to_string", size), &course, |b, course| {
            b.iter(|| plan_file::to_string(black_box(course)))
        });
        group.bench_with_input(BenchmarkId::new("save", size), &course, |b, course| {
            b.iter(|| plan_file::save(&path, black_box(course)).unwrap())
        });
    }
    // A file where every entry is a problem: checking it must stay linear
    // in its size (twice the entries, about twice the time).
    for entries in [10_000, 20_000] {
        let text = problems(entries);
        group.bench_with_input(BenchmarkId::new("problems", entries), &text, |b, text| {
            b.iter(|| plan_file::parse(black_box(text)).unwrap_err())
        });
    }
    group.finish();
}

/// A format-1 plan of `entries` pairs of cells, each pair a duplicate with
/// two bad values: three problems an entry.
fn problems(entries: usize) -> String {
    let mut source = String::from("(format: 1, title: \"T\", modules: [(title: \"M\", cells: {\n");
    for _ in 0..entries {
        source.push_str("GainAttention: (mode: Live, minutes: 5),\n");
        source.push_str("GainAttention: (minutes: 700, mode: Dance),\n");
    }
    source.push_str("})])");
    source
}

criterion_group!(benches, plan_file_io);
criterion_main!(benches);
