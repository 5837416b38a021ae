//! Every program the build, the tests and the benchmarks call is one `scripts/setup.sh` installs
//! or names as given. A machine where a program happens to be installed already hides a missing
//! install step (a new machine once stopped at the size check for want of `brotli`), so this reads
//! the scripts rather than the machine.
//!
//! It reads the programs called in command position by the shell scripts (`scripts/*.sh`,
//! `.ci/run`) and the programs the JavaScript spawns or launches (`tests/e2e/*.js`,
//! `scripts/*.mjs`, `bench/lighthouse/*.mjs`), and compares them with `setup.sh`'s lists:
//! `given=(…)` (what a Debian machine with Rust has), `debian=(program:package …)`, `from_npm=(…)`
//! and the crates it `cargo install`s.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Words in command position that are the shell's own, not programs.
const SHELL: &[&str] = &[
    "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
    "in", "function", "select", "time", "!", "[", "[[", "]]", "]", "{", "}", "cd", "echo",
    "printf", "set", "export", "local", "shift", "exit", "return", "trap", "read", "true", "false",
    ":", "wait", "kill", "source", ".", "test", "eval", "unset", "declare", "exec", "command",
    "let", "break", "continue", "pushd", "popd", "type", "hash", "umask", "ulimit", "builtin",
    "readonly",
];

/// Words that run the command after them: the shell's keywords that open a command, and the
/// script's own wrapper, `as_root` (whose `sudo` is read where it is called).
const PREFIXES: &[&str] = &[
    "if", "then", "else", "elif", "do", "while", "until", "!", "time", "{", "exec", "as_root",
];

#[test]
fn every_program_the_scripts_call_is_installed_or_given_by_setup() {
    let setup = read(&Path::new(ROOT).join("scripts/setup.sh"));
    let provided = provided_by(&setup);
    let mut missing = Vec::new();
    for (file, program) in called() {
        if !provided.contains(&program) {
            missing.push(format!("{program} (called in {file})"));
        }
    }
    assert!(
        missing.is_empty(),
        "scripts/setup.sh neither installs nor lists as given: {}",
        missing.join(", ")
    );
}

#[test]
fn the_reader_finds_programs_in_command_position_only() {
    let script = r#"
        say() { printf 'setup: %s\n' "$*"; }
        run() { :; }
        if ! cmp -s a b; then say "$(( 1 + two ))"; fi
        missing=(); missing+=(libwebkit2gtk-4.1-0 xauth)
        # brotli in a comment is not a call
        as_root apt-get install -y "${missing[@]}"
        x=$(gzip -9c "$f" | wc -c); y="$(brotli -c "$f")"
        awk '$0 == "name" { getline; print }' Cargo.lock
        for engine in firefox webkit; do run "$engine" a.js; done
        command -v valgrind >/dev/null || say "no valgrind"
        case "$v" in *version_132*) ;; esac
        CARGO_TARGET_DIR=x trunk build 2>/dev/null && scripts/bench-size.sh
        exec bash scripts/test.sh
    "#;
    let found: Vec<String> = shell_programs(script).into_iter().collect();
    assert_eq!(
        found,
        ["apt-get", "awk", "bash", "brotli", "cmp", "gzip", "trunk", "wc"]
    );
    let js =
        "spawn('Xvfb', ['-displayfd']); spawnSync('cargo', []); const p = '/usr/bin/chromium';";
    let found: Vec<String> = js_programs(js).into_iter().collect();
    assert_eq!(found, ["Xvfb", "cargo", "chromium"]);
    let wrapper = "as_root() { if [ -x y ]; then \"$@\"; else sudo \"$@\"; fi; }\nnice -n 5 make";
    let found: Vec<String> = shell_programs(wrapper).into_iter().collect();
    assert_eq!(
        found,
        ["nice", "sudo"],
        "a wrapper's own program is read, not the program it runs"
    );
}

/// Each program called, with the file that calls it (the first, for the message).
fn called() -> Vec<(String, String)> {
    let root = Path::new(ROOT);
    let mut seen = BTreeSet::new();
    let mut calls = Vec::new();
    let mut add = |file: &Path, programs: BTreeSet<String>| {
        for program in programs {
            if seen.insert(program.clone()) {
                let file = file
                    .strip_prefix(root)
                    .unwrap_or(file)
                    .display()
                    .to_string();
                calls.push((file, program));
            }
        }
    };
    let scripts: Vec<(PathBuf, String)> = files(&root.join("scripts"), ".sh")
        .into_iter()
        .chain([root.join(".ci/run")])
        .map(|file| {
            let text = read(&file);
            (file, text)
        })
        .collect();
    // The scripts source setup.sh, and so use its functions (`say`, `as_root`).
    let all_functions: BTreeSet<&str> = scripts
        .iter()
        .flat_map(|(_, text)| functions(text))
        .collect();
    for (file, text) in &scripts {
        add(file, shell_programs_with(text, &all_functions));
    }
    for (dir, ending) in [
        ("tests/e2e", ".js"),
        ("scripts", ".mjs"),
        ("scripts/build", ".mjs"),
        ("bench/lighthouse", ".mjs"),
    ] {
        for file in files(&root.join(dir), ending) {
            add(&file, js_programs(&read(&file)));
        }
    }
    calls
}

/// What `setup.sh` installs or names as given.
fn provided_by(setup: &str) -> BTreeSet<String> {
    let mut provided: BTreeSet<String> = array(setup, "given").into_iter().collect();
    provided.extend(array(setup, "from_npm"));
    for entry in array(setup, "debian") {
        let (program, _package) = entry.split_once(':').unwrap_or_else(|| {
            panic!("setup.sh: debian=(…) entry {entry:?} is not program:package")
        });
        provided.insert(program.to_owned());
    }
    // `cargo install … "trunk@…"`, `"wasm-bindgen-cli@…"`: the crate's program.
    for line in setup.lines().filter(|l| l.contains("cargo install")) {
        if let Some(krate) = line.split('"').nth(1).and_then(|s| s.split('@').next()) {
            provided.insert(krate.trim_end_matches("-cli").to_owned());
        }
    }
    provided
}

/// The words of the bash array `name=(…)`, which may span lines.
fn array(script: &str, name: &str) -> Vec<String> {
    let start = format!("{name}=(");
    let Some(at) = script
        .lines()
        .position(|l| l.trim_start().starts_with(&start))
    else {
        return Vec::new();
    };
    let mut words = Vec::new();
    for (i, line) in script.lines().skip(at).enumerate() {
        let line = line.split('#').next().unwrap_or_default();
        let line = if i == 0 {
            &line.trim_start()[start.len()..]
        } else {
            line
        };
        let (body, closed) = match line.find(')') {
            Some(end) => (&line[..end], true),
            None => (line, false),
        };
        words.extend(body.split_whitespace().map(str::to_owned));
        if closed {
            break;
        }
    }
    words
}

/// The programs a bash script calls: the first word of each simple command, past assignments,
/// redirections and wrappers such as `exec`, leaving out the shell's own words, the script's own
/// functions, variables and the project's own scripts (paths).
fn shell_programs(script: &str) -> BTreeSet<String> {
    shell_programs_with(script, &functions(script))
}

/// The functions a script defines, `name() {`.
fn functions(script: &str) -> BTreeSet<&str> {
    script
        .lines()
        .filter_map(|l| l.trim_start().split_once("()"))
        .map(|(name, _)| name.trim())
        .filter(|name| name.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .collect()
}

/// As [`shell_programs`], with `functions` (its own, and those of the scripts it sources).
fn shell_programs_with(script: &str, functions: &BTreeSet<&str>) -> BTreeSet<String> {
    let mut programs = BTreeSet::new();
    for segment in segments(&script.replace("\\\n", " ")) {
        let mut words = segment.iter().map(String::as_str).peekable();
        while let Some(&word) = words.peek() {
            let assignment = word.split_once('=').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')
            });
            let redirection = word.starts_with(['>', '<']) || word.starts_with("2>");
            if assignment || redirection || PREFIXES.contains(&word) {
                words.next();
            } else {
                break;
            }
        }
        let Some(first) = words.next() else { continue };
        if matches!(first, "for" | "case" | "in" | "command") {
            continue;
        }
        let name = first.rsplit('/').next().unwrap_or(first);
        let is_path_of_ours = first.contains('/') && !first.starts_with("/usr/");
        // A program's name; not a file such as `sw.js` in a `case` pattern.
        let is_word = name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c))
            && name.starts_with(|c: char| c.is_ascii_alphabetic());
        if is_word && !is_path_of_ours && !SHELL.contains(&name) && !functions.contains(name) {
            programs.insert(name.to_owned());
        }
    }
    programs
}

/// The script split into simple commands, each a list of words: quotes are read as bash reads
/// them (single-quoted text is one opaque word; a `$(…)` inside double quotes is a command of its
/// own), and comments dropped.
fn segments(script: &str) -> Vec<Vec<String>> {
    let mut segments = vec![Vec::new()];
    let mut word = String::new();
    let mut chars = script.chars().peekable();
    // How many `$(` are open inside double quotes: a `)` closes one and goes back into the quotes.
    let mut quoted_substitutions: Vec<bool> = Vec::new();
    let mut in_double = false;
    let end_word = |word: &mut String, segments: &mut Vec<Vec<String>>| {
        if !word.is_empty() {
            segments.last_mut().unwrap().push(std::mem::take(word));
        }
    };
    while let Some(c) = chars.next() {
        if in_double {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => in_double = false,
                '$' if chars.peek() == Some(&'(') => {
                    chars.next();
                    if chars.peek() == Some(&'(') {
                        skip_past(&mut chars, "))");
                        continue;
                    }
                    in_double = false;
                    quoted_substitutions.push(true);
                    end_word(&mut word, &mut segments);
                    segments.push(Vec::new());
                }
                _ => word.push('"'),
            }
            continue;
        }
        match c {
            '\'' => {
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                }
                word.push('\'');
            }
            '"' => {
                in_double = true;
                word.push('"');
            }
            '\\' => {
                chars.next();
            }
            '#' if word.is_empty() => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                end_word(&mut word, &mut segments);
                segments.push(Vec::new());
            }
            '$' if chars.peek() == Some(&'(') => {
                chars.next();
                if chars.peek() == Some(&'(') {
                    // Arithmetic, `$(( … ))`: no command in it.
                    skip_past(&mut chars, "))");
                    word.push('$');
                    continue;
                }
                quoted_substitutions.push(false);
                end_word(&mut word, &mut segments);
                segments.push(Vec::new());
            }
            '$' if chars.peek() == Some(&'{') => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                word.push('$');
            }
            ')' => {
                end_word(&mut word, &mut segments);
                segments.push(Vec::new());
                if quoted_substitutions.pop() == Some(true) {
                    in_double = true;
                }
            }
            '(' if word.ends_with('=') => {
                // An array's words, `name=(a b c)` or `name+=(…)`: no command in them.
                skip_past(&mut chars, ")");
                end_word(&mut word, &mut segments);
            }
            ';' | '|' | '&' | '(' | '\n' | '`' => {
                end_word(&mut word, &mut segments);
                segments.push(Vec::new());
            }
            c if c.is_whitespace() => end_word(&mut word, &mut segments),
            c => word.push(c),
        }
    }
    end_word(&mut word, &mut segments);
    segments.retain(|s| !s.is_empty());
    segments
}

/// Moves `chars` past the next `end`.
fn skip_past(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, end: &str) {
    let mut seen = String::new();
    for c in chars.by_ref() {
        seen.push(c);
        if seen.ends_with(end) {
            return;
        }
    }
}

/// The programs JavaScript starts: `spawn('X'`, `spawnSync('X'`, `execFile('X'`, and browsers
/// launched from `/usr/bin/X`.
fn js_programs(source: &str) -> BTreeSet<String> {
    let mut programs = BTreeSet::new();
    for call in [
        "spawn(",
        "spawnSync(",
        "execFile(",
        "execFileSync(",
        "execSync(",
    ] {
        for (at, _) in source.match_indices(call) {
            let rest = source[at + call.len()..].trim_start();
            if let Some(quote) = rest.chars().next().filter(|c| "'\"`".contains(*c)) {
                let program = rest[1..].split(quote).next().unwrap_or_default();
                let program = program.split_whitespace().next().unwrap_or_default();
                programs.insert(program.rsplit('/').next().unwrap_or(program).to_owned());
            }
        }
    }
    for (at, _) in source.match_indices("'/usr/bin/") {
        let rest = &source[at + "'/usr/bin/".len()..];
        programs.insert(rest.split('\'').next().unwrap_or_default().to_owned());
    }
    programs.retain(|p| !p.is_empty());
    programs
}

fn files(dir: &Path, ending: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.to_string_lossy().ends_with(ending))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
