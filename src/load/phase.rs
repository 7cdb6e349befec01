//! The schedule: phases, the phase file's format and the bounds a schedule keeps.

use std::time::Duration;

use super::{MAX_GUILDS, MAX_MULTIPLE, MAX_PHASE, MAX_PHASES};

/// One step of the schedule: start (or stop) guilds over `ramp` until `guilds` play, then hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    pub name: String,
    pub guilds: usize,
    pub ramp: Duration,
    pub hold: Duration,
}

impl Phase {
    /// Checks the flags that make the two-phase schedule, in their terms.
    pub fn check_flags(
        guilds: usize,
        to: f64,
        ramp: Duration,
        hold: Duration,
    ) -> Result<(), String> {
        if guilds == 0 || guilds > MAX_GUILDS {
            return Err(format!(
                "--guilds must be from 1 to {MAX_GUILDS}, found {guilds}"
            ));
        }
        if !(1.0..=MAX_MULTIPLE).contains(&to) || !to.is_finite() {
            return Err(format!(
                "--to must be from 1x to {MAX_MULTIPLE}x, found {to}"
            ));
        }
        if (guilds as f64 * to) as usize > MAX_GUILDS {
            return Err(format!(
                "--guilds {guilds} x --to {to} is more than {MAX_GUILDS} guilds"
            ));
        }
        if hold.is_zero() || hold > MAX_PHASE || ramp > MAX_PHASE {
            return Err("--hold must be from 1s to 1h and --ramp at most 1h".into());
        }
        Ok(())
    }

    /// The flags' schedule: `guilds` for a base phase, then `guilds x to` (when above 1x).
    pub fn base_and_peak(guilds: usize, to: f64, ramp: Duration, hold: Duration) -> Vec<Phase> {
        let mut p = vec![Phase {
            name: "base".into(),
            guilds,
            ramp,
            hold,
        }];
        if to > 1.0 {
            p.push(Phase {
                name: format!("{}x", crate::numfmt::decimal(to, 2)),
                guilds: (guilds as f64 * to).round() as usize,
                ramp,
                hold,
            });
        }
        p
    }
}

/// Reads a phase file: one phase a line, `NAME GUILDS RAMP HOLD`, where GUILDS is a count or
/// a multiple of the first phase's (`3x`); `#` starts a comment. Errors name the file, the line
/// and the field.
pub fn parse_phases(text: &str, file: &str) -> Result<Vec<Phase>, String> {
    let mut phases: Vec<Phase> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let at = |field: &str, why: String| format!("{file}:{}: {field}: {why}", i + 1);
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() != 4 {
            return Err(format!(
                "{file}:{}: expected NAME GUILDS RAMP HOLD (e.g. `peak 3x 30s 2m`), found {} field(s)",
                i + 1,
                f.len()
            ));
        }
        let name = f[0];
        if name.len() > 32
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        {
            return Err(at(
                "name",
                format!("\"{name}\" must be at most 32 letters, digits, '-', '_' or '.'"),
            ));
        }
        if phases.iter().any(|p| p.name == name) {
            return Err(at("name", format!("phase \"{name}\" is named twice")));
        }
        let guilds = match f[1].strip_suffix('x') {
            Some(m) => {
                let Some(first) = phases.first() else {
                    return Err(at(
                        "guilds",
                        "the first phase needs a count: a multiple is of the first phase".into(),
                    ));
                };
                let m: f64 = m
                    .parse()
                    .ok()
                    .filter(|m: &f64| m.is_finite() && (0.0..=MAX_MULTIPLE).contains(m))
                    .ok_or_else(|| {
                        at(
                            "guilds",
                            format!("\"{}\" must be a multiple from 0x to {MAX_MULTIPLE}x", f[1]),
                        )
                    })?;
                (first.guilds as f64 * m).round() as usize
            }
            None => f[1].parse().map_err(|_| {
                at(
                    "guilds",
                    format!(
                        "\"{}\" is not a count of guilds or a multiple like 3x",
                        f[1]
                    ),
                )
            })?,
        };
        let dur = |field: &str, v: &str| -> Result<Duration, String> {
            humantime::parse_duration(v).map_err(|e| {
                at(
                    field,
                    format!("\"{v}\" is not a duration ({e}); write e.g. 30s"),
                )
            })
        };
        phases.push(Phase {
            name: name.to_string(),
            guilds,
            ramp: dur("ramp", f[2])?,
            hold: dur("hold", f[3])?,
        });
        if phases.len() > MAX_PHASES {
            return Err(format!("{file}: more than {MAX_PHASES} phases"));
        }
    }
    if phases.is_empty() {
        return Err(format!(
            "{file}: no phase (one a line: NAME GUILDS RAMP HOLD)"
        ));
    }
    // Ranges in the file's terms, with the line of the phase at fault.
    let line_of = |name: &str| {
        text.lines()
            .position(|l| l.split('#').next().unwrap_or("").split_whitespace().next() == Some(name))
            .map_or(0, |i| i + 1)
    };
    for (k, p) in phases.iter().enumerate() {
        if let Err(why) = p.check(k == 0) {
            return Err(format!("{file}:{}: {why}", line_of(&p.name)));
        }
    }
    Ok(phases)
}

impl Phase {
    pub(super) fn check(&self, first: bool) -> Result<(), String> {
        if self.guilds > MAX_GUILDS || (first && self.guilds == 0) {
            return Err(format!(
                "guilds: phase {} has {}; a phase has at most {MAX_GUILDS}{}",
                self.name,
                self.guilds,
                if first {
                    " and the first at least 1"
                } else {
                    ""
                }
            ));
        }
        if self.hold < Duration::from_secs(1) || self.hold > MAX_PHASE {
            return Err(format!(
                "hold: phase {} holds {}; a hold is from 1s to 1h",
                self.name,
                humantime::format_duration(self.hold)
            ));
        }
        if self.ramp > MAX_PHASE {
            return Err(format!(
                "ramp: phase {} ramps over {}; a ramp is at most 1h",
                self.name,
                humantime::format_duration(self.ramp)
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadConfig, Placement};

    #[test]
    fn a_phase_file_reads_counts_multiples_and_ramps_down() {
        let p = parse_phases(
            "# name guilds ramp hold\nbase 200 10s 1m\n\npeak 3x 30s 2m  # the peak\ncool 50 5s 1m\n",
            "p.txt",
        )
        .unwrap();
        assert_eq!(
            p.iter()
                .map(|p| (p.name.as_str(), p.guilds))
                .collect::<Vec<_>>(),
            [("base", 200), ("peak", 600), ("cool", 50)]
        );
        assert_eq!(p[1].ramp, Duration::from_secs(30));
        assert_eq!(p[2].hold, Duration::from_secs(60));
    }

    #[test]
    fn a_bad_phase_file_names_the_line_and_the_field() {
        for (text, want) in [
            ("", "p.txt: no phase"),
            ("# only a comment\n", "p.txt: no phase"),
            ("base 10 1s\n", "p.txt:1: expected NAME GUILDS RAMP HOLD"),
            (
                "base 3x 1s 1s\n",
                "p.txt:1: guilds: the first phase needs a count",
            ),
            (
                "base ten 1s 1s\n",
                "p.txt:1: guilds: \"ten\" is not a count",
            ),
            (
                "base 10 1s 1s\npeak 99x 1s 1s\n",
                "p.txt:2: guilds: \"99x\" must be a multiple",
            ),
            ("base 10 1s 1s\npeak -1x 1s 1s\n", "p.txt:2: guilds"),
            (
                "base 10 soon 1s\n",
                "p.txt:1: ramp: \"soon\" is not a duration",
            ),
            ("base 10 1s 0s\n", "p.txt:1: hold: phase base holds 0s"),
            ("base 10 2h 1s\n", "p.txt:1: ramp: phase base ramps over 2h"),
            ("base 0 1s 1s\n", "p.txt:1: guilds: phase base has 0"),
            (
                "base 10 1s 1s\nx 200000 1s 1s\n",
                "p.txt:2: guilds: phase x has 200000",
            ),
            (
                "base 10 1s 1s\nbase 20 1s 1s\n",
                "p.txt:2: name: phase \"base\" is named twice",
            ),
            ("b<a>d 10 1s 1s\n", "p.txt:1: name: \"b<a>d\" must be"),
            ("base 18446744073709551616 1s 1s\n", "p.txt:1: guilds"),
        ] {
            let e = parse_phases(text, "p.txt").unwrap_err();
            assert!(e.contains(want), "{text:?}: {e}");
        }
        let many: String = (0..=MAX_PHASES)
            .map(|i| format!("p{i} 1 0s 1s\n"))
            .collect();
        assert!(parse_phases(&many, "p.txt")
            .unwrap_err()
            .contains("more than 100 phases"));
    }

    #[test]
    fn the_schedule_is_bounded() {
        let cfg = |phases: Vec<Phase>, clients| LoadConfig {
            phases,
            clients,
            rest_per_minute: 0,
            track: Duration::from_secs(60),
            timeout: Duration::from_secs(1),
            placement: Placement::Weight,
            user_id: 1,
            stateless: None,
            stateless_tls: None,
        };
        let hour = |n: &str| Phase {
            name: n.into(),
            guilds: 1,
            ramp: Duration::ZERO,
            hold: MAX_PHASE,
        };
        let five: Vec<Phase> = (0..5).map(|i| hour(&format!("h{i}"))).collect();
        assert!(cfg(five, 1)
            .check()
            .unwrap_err()
            .contains("the schedule runs 5h"));
        assert!(cfg(vec![hour("a")], 0)
            .check()
            .unwrap_err()
            .contains("--clients must be from 1 to 64"));
        assert!(cfg(vec![hour("a")], 65)
            .check()
            .unwrap_err()
            .contains("--clients"));
        assert!(cfg(vec![hour("a")], 64).check().is_ok());
    }
}
