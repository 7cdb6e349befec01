"""The real PyPI `wavelink` client against `lavastack emulate` nodes (LAVASTACK_NODES, set by
tests/it/lavalink_client.rs): connect, search, hand the player the voice events Discord would
send, play (wavelink sends `noReplace=False`, Python's spelling), see a playerUpdate, pause and
set the volume, a track that ends by itself, destroy. Exits 0 when all of it held.

wavelink talks to Discord through discord.py; here the discord.Client has no gateway: it only
carries the bot's user id and records what wavelink dispatches."""

import asyncio
import json
import os
import sys

import discord
import wavelink

CLIENT_ID = 123456789012345678
GUILD = 333333333333333333
CHANNEL = 111111111111111111


class User:
    id = CLIENT_ID


class Guild:
    id = GUILD

    def __init__(self, client):
        self._state = client._connection
        self.me = None
        self.voice_changes = []

    async def change_voice_state(self, *, channel, **kwargs):
        # The gateway op 4 a real guild sends; recorded, as nothing is connected to Discord.
        self.voice_changes.append(channel)


class Channel:
    id = CHANNEL
    # wavelink's inactivity check counts the listeners still in the channel.
    members = []

    def __init__(self, guild):
        self.guild = guild


class Client(discord.Client):
    """discord.py without a gateway: wavelink reads `user.id` and dispatches events here."""

    def __init__(self):
        super().__init__(intents=discord.Intents.none())
        self.events = asyncio.Queue()
        self.channel = None

    @property
    def user(self):
        return User()

    def dispatch(self, event, *args, **kwargs):
        self.events.put_nowait((event, args))

    def get_channel(self, _id):
        return self.channel


async def wait_for(client, name, pred=lambda *a: True, timeout=10.0):
    async def loop():
        while True:
            event, args = await client.events.get()
            if event == name and pred(*args):
                return args

    return await asyncio.wait_for(loop(), timeout)


def check(cond, what):
    if not cond:
        raise AssertionError(what)


async def main():
    spec = json.loads(os.environ["LAVASTACK_NODES"])[0]
    client = Client()
    node = wavelink.Node(
        uri=f"http://{spec['host']}:{spec['port']}",
        password=spec["authorization"],
        identifier=spec["id"],
        retries=1,
    )
    await wavelink.Pool.connect(nodes=[node], client=client)
    (ready,) = await wait_for(client, "wavelink_node_ready")
    check(ready.session_id, "ready carries a session id")
    print("connected, session", ready.session_id)

    tracks = await wavelink.Playable.search("never gonna give you up", source=wavelink.TrackSource.YouTube)
    check(len(tracks) == 5, f"5 search results, got {len(tracks)}")
    first = tracks[0]
    check(first.encoded.startswith("QAAA"), f"a Lavaplayer track string: {first.encoded}")
    print("searched:", first.title)

    # A client-side decoder (Lavalink.py's, when installed: tests/run.sh installs it) reads the
    # node's tracks, and a track it encodes plays on the node.
    try:
        import lavalink.utils as lavalink_py
    except ImportError:
        lavalink_py = None
    if lavalink_py is not None:
        local = lavalink_py.decode_track(first.encoded)
        check(local.title == first.title and local.duration == first.length, f"Lavalink.py decoded {local.title}")
        version, made = lavalink_py.encode_track(
            {"title": "made by Lavalink.py", "author": "a", "length": 60000, "identifier": "lp1",
             "isStream": False, "uri": "https://example.invalid/lp1", "artworkUrl": None, "isrc": None,
             "sourceName": "youtube", "position": 0}
        )
        decoded = await node.send("GET", path="v4/decodetrack", params={"encodedTrack": made})
        check(decoded["info"]["title"] == "made by Lavalink.py", f"the node decoded {decoded}")
        print("Lavalink.py tracks round-trip through the node (version", version, ")")

    guild = Guild(client)
    channel = Channel(guild)
    client.channel = channel
    player = wavelink.Player(client, channel)
    player._guild = guild
    node._players[GUILD] = player

    # What Discord sends after a voice join: our voice state, then the voice server.
    await player.on_voice_state_update(
        {"guild_id": str(GUILD), "user_id": str(CLIENT_ID), "session_id": "discord-session", "channel_id": str(CHANNEL)}
    )
    await player.on_voice_server_update({"guild_id": str(GUILD), "token": "voice-token", "endpoint": "voice.example.invalid:443"})
    check(player.connected, "the node accepted the voice update")

    await player.play(first)
    (start,) = await wait_for(client, "wavelink_track_start")
    check(start.track.title == first.title, f"started {start.track.title}")
    print("playing:", start.track.title)
    (update,) = await wait_for(client, "wavelink_player_update", lambda p: p.position > 0)
    check(update.connected, "player update says connected")
    print("player update at", update.position, "ms")

    await player.pause(True)
    await player.set_volume(150)
    state = await node.fetch_player_info(GUILD)
    check(state.paused is True, f"paused on the node: {state.paused}")
    check(state.volume == 150, f"volume on the node: {state.volume}")

    # A short track ends by itself with reason "finished" (wavelink resends the paused flag:
    # the player stays paused unless play says otherwise, as on a real node).
    short = await wavelink.Playable.search("https://emu.invalid/short.mp3?length_ms=800")
    check(short[0].length == 800, f"short track length {short[0].length}")
    if lavalink_py is not None:
        # An http-source track carries lavaplayer's container probe after sourceName.
        local = lavalink_py.decode_track(short[0].encoded)
        check(local.source_name == "http" and local.duration == 800, f"Lavalink.py decoded {local.raw}")
    await player.play(short[0], paused=False)
    (end,) = await wait_for(
        client, "wavelink_track_end", lambda p: p.reason == "finished" and p.track.length == 800
    )
    print("ended:", end.reason)

    await player.disconnect()
    check(guild.voice_changes == [None], "leaving the voice channel went to the gateway")
    check(await node.fetch_player_info(GUILD) is None, "player destroyed on the node")
    await wavelink.Pool.close()
    print("WAVELINK OK")


if __name__ == "__main__":
    try:
        asyncio.run(asyncio.wait_for(main(), 60))
    except Exception as e:  # the test reads stdout/stderr; any failure is a non-zero exit
        print(f"FAILED: {type(e).__name__}: {e}", file=sys.stderr)
        raise
