// Uses a model generated from schemas/game.surql through the installed package: builds one, converts it to a
// Value and JSON and back, and builds a typed query from its descriptor.
#include <iostream>

#include <shop/models.hpp>

int main() {
  shop::Player player;
  player.id = surreal::RecordId("player", "alice");
  player.name = "alice";
  player.is_ready = true;
  auto back = shop::from_json<shop::Player>(shop::to_json(player));
  auto query = surreal::select(shop::player).where(shop::player.is_ready == true).to_surql();
  if (!(back == player) || query.text.find("FROM player") == std::string::npos) {
    std::cerr << "consumer failed: " << shop::to_json(player) << " / " << query.text << "\n";
    return 1;
  }
  std::cout << "consumer ok: " << shop::to_json(back) << " | " << query.text << "\n";
  return 0;
}
