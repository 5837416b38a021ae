//! A fixed-seed slice of the fuzzer (`tools/src/fuzz/main.rs`), run as a command: posting files, question
//! banks, bundles, JSON-LD joins and JSON texts, written to break the loader. Nothing may panic,
//! and every file refused must be named with its problems. `cargo test --test fuzz --
//! --nocapture` prints the counts; `cargo run --release -p eligibility-tools --bin fuzz -- --inputs 1000000` runs long.

use std::process::Command;

#[test]
fn hostile_files_never_panic_and_every_refusal_is_named() {
    let output = Command::new(env!("CARGO_BIN_EXE_fuzz"))
        .args(["--inputs", "60000", "--seed", "1"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    let err = String::from_utf8_lossy(&output.stderr);
    println!("{out}");
    assert!(output.status.success(), "{out}{err}");
    for campaign in [
        "posting files",
        "question banks",
        "bundles",
        "JSON-LD joins",
        "JSON texts",
    ] {
        assert!(
            out.contains(&format!("fuzz: {campaign}: ")),
            "{campaign} ran: {out}"
        );
    }
}
