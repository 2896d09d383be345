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
    group.finish();
}

criterion_group!(benches, plan_file_io);
criterion_main!(benches);
