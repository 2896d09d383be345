//! Any bytes at all, read as a plan file: a course or a message, never a
//! panic or a hang.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(error) = coursegrid::plan_file::from_bytes(Path::new("fuzz.ron"), data) {
        // Every message names the file.
        assert!(error.to_string().starts_with("fuzz.ron:"), "{error}");
    }
});
