//! One guild's life under load: where it plays (router, policy or weight), its player, its
//! queue and REST mix, and its move when its node's session drops.

use super::*;

/// Placement without a router: rendezvous hashing by weight among live nodes, so each guild
/// keeps its node while it lives and shares follow the weights.
fn by_weight(s: &Shared, client: usize, guild: &str, not: Option<&str>) -> Option<String> {
    s.targets
        .values()
        .filter(|t| t.weight > 0 && s.alive(client, &t.name) && Some(t.name.as_str()) != not)
        .map(|t| {
            let h = fnv(&format!("{guild}/{}", t.name));
            // -w / ln(u): the highest score wins with probability proportional to weight.
            let u = ((h >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
            (f64::from(t.weight) / -u.ln(), t.name.clone())
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

/// The policy's input from what the generator knows: which of its client's sessions live, and
/// how many of its guilds play on each node (its own players are the node's players here).
fn policy_input(
    s: &Shared,
    client: usize,
    guild: &str,
    not: Option<&str>,
    config: &Json,
) -> crate::policy::SelectInput {
    let mut on: HashMap<&str, u64> = HashMap::new();
    let map = s.guilds.lock().unwrap_or_else(PoisonError::into_inner);
    for g in map.values() {
        if let Some((name, _)) = s.targets.get_key_value(g.node.as_str()) {
            *on.entry(name.as_str()).or_default() += 1;
        }
    }
    drop(map);
    crate::policy::SelectInput {
        abi: crate::policy::ABI_VERSION,
        guild_id: guild.to_string(),
        region: None,
        voice_endpoint: None,
        config: config.clone(),
        nodes: s
            .targets
            .values()
            .map(|t| {
                let players = on.get(t.name.as_str()).copied().unwrap_or(0);
                crate::policy::NodeInfo {
                    name: t.name.clone(),
                    region: t.region.clone(),
                    zone: t.zone.clone(),
                    weight: t.weight,
                    priority: t.priority,
                    healthy: s.alive(client, &t.name) && Some(t.name.as_str()) != not,
                    draining: false,
                    players,
                    playing_players: players,
                    cpu: Default::default(),
                    memory_used: 0,
                    frame: None,
                    latency_ms: 0.0,
                    tags: t.tags.clone(),
                }
            })
            .collect(),
    }
}

fn xorshift(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    // splitmix finish: FNV's low bits are weak.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d049bb133111eb);
    h ^ (h >> 31)
}

async fn select(s: &Shared, client: usize, guild: &str, not: Option<&str>) -> Option<String> {
    match &s.cfg.placement {
        Placement::Router(r) => {
            let picked = r.select(guild).await;
            let mut st = s.stats();
            match picked {
                Ok(Some(n)) if Some(n.as_str()) != not && s.alive(client, &n) => {
                    st.selections += 1;
                    return Some(n);
                }
                Ok(_) => st.selections += 1,
                Err(_) => st.selection_errors += 1,
            }
        }
        Placement::Policy { policy, config } => {
            let input = policy_input(s, client, guild, not, config);
            // The router's rule: the policy ranks, unusable nodes are skipped.
            let picked = crate::policy::select_checked(policy.as_ref(), &input).map(|r| {
                r.ranking.into_iter().find(|n| {
                    input
                        .nodes
                        .iter()
                        .any(|i| &i.name == n && i.healthy && i.weight > 0)
                })
            });
            let mut st = s.stats();
            match picked {
                Ok(Some(n)) => {
                    st.selections += 1;
                    return Some(n);
                }
                Ok(None) => st.selections += 1,
                Err(_) => st.selection_errors += 1,
            }
        }
        Placement::Weight => s.stats().selections += 1,
    }
    // The router has not seen the node die yet (or is down), or the policy failed: fall back
    // like a bot would.
    by_weight(s, client, guild, not)
}

fn voice(guild: &str) -> Json {
    json!({"token": format!("load-{guild}"), "endpoint": "voice.example.invalid:443", "sessionId": format!("vs-{guild}"), "channelId": "111111111111111111"})
}

fn track(s: &Shared, guild: &str, n: u64) -> Json {
    json!({"identifier": format!("emu:{}:load {guild} #{n}", s.cfg.track.as_millis())})
}

/// One guild: placed, playing, calling REST now and then, moving when its node goes.
pub(super) async fn guild(
    s: Arc<Shared>,
    id: String,
    client: usize,
    mut stop: watch::Receiver<bool>,
) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let player_path = |node: &str| {
        format!(
            "/v4/sessions/{}/players/{id}",
            s.sessions
                .get(client)
                .and_then(|c| c.get(node))
                .map(|n| n.session.as_str())
                .unwrap_or("")
        )
    };
    let entry = |node: &str| GuildEntry {
        tx: tx.clone(),
        node: node.to_string(),
        client,
    };
    let mut n = 0u64;
    let mut position = 0u64;
    // Placed once a node took the player; a few tries, like a bot retrying a play command.
    let mut placed = None;
    for attempt in 0..5u64 {
        if let Some(to) = select(&s, client, &id, None).await {
            s.guilds
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(id.clone(), entry(&to));
            let body = json!({"track": track(&s, &id, n), "voice": voice(&id)});
            if s.rest(&to, "PATCH", &player_path(&to), Some(body))
                .await
                .is_some()
            {
                placed = Some(to);
                break;
            }
            s.guilds
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .remove(&id);
        }
        if *stop.borrow() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200 * (attempt + 1))).await;
    }
    let Some(mut node) = placed else {
        s.stats().start_errors += 1;
        return;
    };
    let mut rng = fnv(&id) | 1;
    let per_minute = s.cfg.rest_per_minute;
    let next_call = move |rng: &mut u64| {
        if per_minute == 0 {
            return Duration::from_secs(86_400);
        }
        // Uniform around the mean: calls spread instead of arriving in lockstep.
        let mean = 60_000.0 / f64::from(per_minute);
        Duration::from_millis((mean * (0.5 + (xorshift(rng) % 1000) as f64 / 1000.0)) as u64)
    };
    let mut gone_at: Option<Instant> = None;
    let mut last_update = Instant::now();
    let sleep = tokio::time::sleep(next_call(&mut rng));
    tokio::pin!(sleep);
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            _ = &mut sleep => {
                let path = player_path(&node);
                let r = xorshift(&mut rng);
                match r % 3 {
                    0 => { s.rest(&node, "GET", &path, None).await; }
                    1 => { s.rest(&node, "PATCH", &path, Some(json!({"volume": 50 + (r >> 8) % 50}))).await; }
                    _ => { s.search(&node, &format!("/v4/loadtracks?identifier=emu:{}:search", s.cfg.track.as_millis())).await; }
                }
                sleep.as_mut().reset(tokio::time::Instant::now() + next_call(&mut rng));
            }
            ev = rx.recv() => match ev {
                None => break,
                Some(Ev::TrackEnd) => {
                    n += 1;
                    s.stats().track_ends += 1;
                    s.rest(&node, "PATCH", &player_path(&node), Some(json!({"track": track(&s, &id, n)}))).await;
                }
                Some(Ev::Update { position: p }) => {
                    position = p;
                    last_update = Instant::now();
                }
                Some(Ev::TrackStart) => {
                    // Playback started on the new node: the gap ends (playerUpdate's cadence,
                    // 5 s by default, would measure the cadence instead).
                    if let Some(at) = gone_at.take() {
                        let mut st = s.stats();
                        st.gaps.record(last_update.elapsed());
                        st.recoveries.record(at.elapsed());
                        st.failovers += 1;
                    }
                }
                Some(Ev::NodeGone) => {
                    if gone_at.is_some() { continue; }
                    gone_at = Some(Instant::now());
                    let dead = node.clone();
                    let mut moved = false;
                    for attempt in 0..50u32 {
                        if let Some(to) = select(&s, client, &id, Some(&dead)).await {
                            s.guilds.lock().unwrap_or_else(PoisonError::into_inner)
                                .entry(id.clone()).and_modify(|e| e.node = to.clone());
                            let body = json!({"track": track(&s, &id, n), "position": position, "voice": voice(&id)});
                            if s.rest(&to, "PATCH", &player_path(&to), Some(body)).await.is_some() {
                                node = to;
                                moved = true;
                                break;
                            }
                        }
                        tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt.min(10) + 1))).await;
                        if *stop.borrow() { break; }
                    }
                    if !moved {
                        s.stats().failover_errors += 1;
                        gone_at = None;
                    }
                }
            }
        }
    }
    s.guilds
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .remove(&id);
    if s.alive(client, &node) {
        s.rest(&node, "DELETE", &player_path(&node), None).await;
    }
}
