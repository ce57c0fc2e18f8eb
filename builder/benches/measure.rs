//! What the benchmarks measure a command with: wall time, peak memory of the child
//! (wait4's rusage), and medians.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

fn timed(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

/// What one run of a command cost.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cost {
    pub wall: f64,
    /// User CPU seconds (all threads).
    #[allow(dead_code)] // read by one benchmark, not the other
    pub user: f64,
    /// Peak RSS in KiB.
    pub kib: i64,
}

/// Run `bin args` in `cwd` to its end.
pub fn run(bin: &str, args: &[&std::ffi::OsStr], cwd: &Path) -> Cost {
    let t = Instant::now();
    let child = Command::new(bin)
        .args(args)
        .current_dir(cwd)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let (ok, kib, user) = wait_usage(child.id() as i32);
    let wall = t.elapsed().as_secs_f64();
    assert!(ok, "{bin} {args:?} failed");
    Cost { wall, user, kib }
}

/// The I/O floor: seconds to copy `from` to `to` with `cp -r` (removed again after).
pub fn copy_baseline(from: &Path, to: &Path) -> f64 {
    let _ = std::fs::remove_dir_all(to);
    let d = timed(|| {
        let status = Command::new("cp").arg("-r").arg(from).arg(to).status().expect("cp");
        assert!(status.success());
    });
    let _ = std::fs::remove_dir_all(to);
    d
}

/// Whether the child succeeded, its peak RSS in KiB and its user CPU seconds.
pub fn wait_usage(pid: i32) -> (bool, i64, f64) {
    let mut status = 0;
    // SAFETY: plain wait4 on our own child; rusage is a C struct we zero first.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let user = usage.ru_utime.tv_sec as f64 + usage.ru_utime.tv_usec as f64 / 1e6;
    (r == pid && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, usage.ru_maxrss, user)
}

pub fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[allow(dead_code)] // used by one benchmark, not the other
pub fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    s[((s.len() as f64 - 1.0) * p).round() as usize]
}
