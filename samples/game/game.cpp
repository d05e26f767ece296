// The multiplayer game backend on generated code (schemas/game.surql, namespace `game`):
//   1. load the schema into a fresh database and watch `player` and `game_table` with typed live queries;
//   2. open a game table; three players join it (a `plays_at` edge each) and get ready (typed UPDATE);
//   3. when everyone is ready the table starts playing; each player votes through the typed `fn::cast_vote`
//   call;
//   4. the table finishes; the live changes seen along the way are printed, and the counts are checked.
//
//   surreal-game [ws://127.0.0.1:8000/rpc]
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include <game/models.hpp>
#include <surreal/surreal.hpp>

#include "sample_support.hpp"

// fn::cast_vote returns `{ success, new_count, total_votes }`: a type of our own with a hand-written Codec.
struct VoteResult {
  bool success = false;
  std::int64_t new_count = 0;
  std::int64_t total_votes = 0;
};

template <>
struct surreal::Codec<VoteResult> {
  static surreal::Value encode(const VoteResult& r) {
    return surreal::Object{
        {"success", r.success}, {"new_count", r.new_count}, {"total_votes", r.total_votes}};
  }
  static VoteResult decode(const surreal::Value& v) {
    const surreal::Object& o = surreal::expect_object(v, "VoteResult");
    VoteResult r;
    surreal::decode_field(o, "success", r.success);
    surreal::decode_field(o, "new_count", r.new_count);
    surreal::decode_field(o, "total_votes", r.total_votes);
    return r;
  }
};

namespace {

// Prints what the live queries delivered so far (waiting briefly for stragglers), returns how many changes.
template <class T, class Describe>
std::size_t drain(surreal::LiveStream<T>& stream, const char* table, Describe describe) {
  std::size_t seen = 0;
  while (auto change = stream.next(std::chrono::milliseconds(300))) {
    std::cout << "  live " << table << ": " << surreal::to_string(change->action) << " " << change->record;
    if (change->result) std::cout << " " << describe(*change->result);
    std::cout << "\n";
    ++seen;
  }
  return seen;
}

std::string describe_player(const game::Player& p) {
  return p.name + (p.is_ready.value_or(false) ? " (ready)" : " (not ready)");
}
std::string describe_table(const game::GameTable& t) {
  return "\"" + t.name +
         "\" status=" + std::string(game::to_string(t.status.value_or(game::GameTableStatus::Waiting))) +
         " votes=" + std::to_string(t.vote_count.value_or(0));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    auto db = sample::connect(argc, argv, "game");

    db.query(sample::read_file(SURREALPP_GAME_SCHEMA)).check();
    std::cout << "loaded schemas/game.surql\n";

    auto player_changes = db.live<game::Player>("player");
    auto table_changes = db.live<game::GameTable>("game_table");
    std::cout << "watching player and game_table live\n";

    // A game table: status, vote_count and created_at come from the schema's defaults.
    game::GameTable table = db.create<game::GameTable>("game_table", game::GameTable{.name = "Table 1"});
    std::cout << "opened " << table.id << ": " << describe_table(table) << "\n";
    sample::expect(table.status == game::GameTableStatus::Waiting, "a new table is waiting");

    // Players join: a player record linking to the table, and a plays_at edge with the seat.
    std::vector<game::Player> players;
    int seat = 1;
    for (const char* name : {"alice", "bob", "carol"}) {
      game::Player joined = db.create<game::Player>(
          "player", game::Player{.name = name, .table_id = surreal::Link<game::GameTable>(table.id)});
      db.relate(joined.id, game::plays_at, table.id, game::PlaysAt{.seat = seat++});
      std::cout << "player " << joined.name << " joined " << table.id << " as " << joined.id << "\n";
      players.push_back(joined);
    }
    auto seated = db.select(game::player).where(game::player.table_id == table.id).count();
    std::cout << seated << " players at the table\n";
    sample::expect(seated == 3, "three players are seated");

    // Everyone gets ready (a typed UPDATE per player).
    for (const auto& p : players) {
      db.update(game::player).set(game::player.is_ready = true).where(game::player.id == p.id).run();
      std::cout << p.name << " is ready\n";
    }
    auto waiting = db.select(game::player)
                       .where(game::player.table_id == table.id && game::player.is_ready == false)
                       .count();
    sample::expect(waiting == 0, "nobody is still getting ready");
    db.update(game::game_table)
        .set(game::game_table.status = game::GameTableStatus::Playing)
        .where(game::game_table.id == table.id)
        .run();
    std::cout << "everyone is ready: " << table.id << " starts playing\n";

    // Votes through the typed function call.
    const char* choices[] = {"left", "right", "left"};
    for (std::size_t i = 0; i < players.size(); ++i) {
      VoteResult vote = game::fn::cast_vote<VoteResult>(db, players[i].id, table.id, std::string(choices[i]));
      std::cout << players[i].name << " votes " << choices[i] << ": success=" << std::boolalpha
                << vote.success << " their votes=" << vote.new_count << " table votes=" << vote.total_votes
                << "\n";
      sample::expect(vote.success, "the vote counts");
    }
    auto after = db.select<game::GameTable>(table.id);
    sample::expect(after && after->vote_count == 3, "the table counted three votes");
    db.update(game::game_table)
        .set(game::game_table.status = game::GameTableStatus::Finished)
        .where(game::game_table.id == table.id)
        .run();
    VoteResult late = game::fn::cast_vote<VoteResult>(db, players[0].id, table.id, std::string("left"));
    std::cout << "a vote after the end is refused: success=" << std::boolalpha << late.success << "\n";
    sample::expect(!late.success, "no votes once finished");

    std::cout << "live changes seen:\n";
    std::size_t player_events = drain(player_changes, "player", describe_player);
    std::size_t table_events = drain(table_changes, "game_table", describe_table);
    sample::expect(player_events >= 6, "3 joins and 3 ready updates arrived live");
    sample::expect(table_events >= 3, "table creation, playing, votes and finish arrived live");
    std::cout << "game over: " << player_events << " player changes, " << table_events << " table changes\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "game sample failed: " << error.what() << "\n";
    return 1;
  }
}
