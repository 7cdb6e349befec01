//! A fixed-size latency histogram: log buckets 5% wide from 10 us to ~100 s, so quantiles are
//! within 5% whatever the run's length, in ~330 counters.

use std::time::Duration;

const MIN_US: f64 = 10.0;
const GROWTH: f64 = 1.05;
const BUCKETS: usize = 332;

#[derive(Debug, Clone)]
pub struct Hist {
    counts: Vec<u64>,
    count: u64,
    sum_us: f64,
    max_us: f64,
}

impl Default for Hist {
    fn default() -> Self {
        Hist {
            counts: vec![0; BUCKETS],
            count: 0,
            sum_us: 0.0,
            max_us: 0.0,
        }
    }
}

fn bucket(us: f64) -> usize {
    if us <= MIN_US {
        return 0;
    }
    (((us / MIN_US).ln() / GROWTH.ln()).ceil() as usize).min(BUCKETS - 1)
}

fn upper_us(i: usize) -> f64 {
    MIN_US * GROWTH.powi(i as i32)
}

impl Hist {
    pub fn record(&mut self, d: Duration) {
        let us = d.as_secs_f64() * 1e6;
        self.counts[bucket(us)] += 1;
        self.count += 1;
        self.sum_us += us;
        self.max_us = self.max_us.max(us);
    }

    pub fn merge(&mut self, o: &Hist) {
        for (a, b) in self.counts.iter_mut().zip(&o.counts) {
            *a += b;
        }
        self.count += o.count;
        self.sum_us += o.sum_us;
        self.max_us = self.max_us.max(o.max_us);
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn mean_ms(&self) -> f64 {
        if self.count == 0 {
            0.0
        } else {
            self.sum_us / self.count as f64 / 1000.0
        }
    }

    pub fn max_ms(&self) -> f64 {
        self.max_us / 1000.0
    }

    /// The bucket bound under which `q` of the samples fall (never above the max seen).
    pub fn quantile_ms(&self, q: f64) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        let rank = ((q.clamp(0.0, 1.0) * self.count as f64).ceil() as u64).max(1);
        let mut seen = 0;
        for (i, c) in self.counts.iter().enumerate() {
            seen += c;
            if seen >= rank {
                return upper_us(i).min(self.max_us) / 1000.0;
            }
        }
        self.max_ms()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_within_five_percent() {
        let mut h = Hist::default();
        for ms in 1..=1000u64 {
            h.record(Duration::from_millis(ms));
        }
        for (q, want) in [(0.5, 500.0), (0.95, 950.0), (0.99, 990.0)] {
            let got = h.quantile_ms(q);
            assert!((got - want).abs() / want <= 0.05, "q{q}: {got} vs {want}");
        }
        assert!((h.mean_ms() - 500.5).abs() < 0.01);
        assert_eq!(h.max_ms(), 1000.0);
        let mut m = Hist::default();
        m.merge(&h);
        m.record(Duration::from_secs(10_000));
        assert_eq!(m.count(), 1001);
        assert!(m.quantile_ms(1.0) > 1000.0);
        assert_eq!(Hist::default().quantile_ms(0.5), 0.0);
    }
}
