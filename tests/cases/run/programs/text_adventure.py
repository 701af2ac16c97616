rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": []},
}
state = {"room": "hall", "inventory": []}
def step(command):
    room = rooms[state["room"]]
    match command.split():
        case ["look"]:
            return f"You see {room['desc']}. Items: {', '.join(room['items']) or 'none'}."
        case ["go", direction] if direction in room["exits"]:
            state["room"] = room["exits"][direction]
            return f"You walk {direction} to the {state['room']}."
        case ["go", direction]:
            return f"You can't go {direction}."
        case ["take", item] if item in room["items"]:
            room["items"].remove(item)
            state["inventory"].append(item)
            return f"Taken: {item}."
        case ["take", item]:
            return f"There is no {item} here."
        case ["inventory" | "inv"]:
            return "You carry: " + (", ".join(sorted(state["inventory"])) or "nothing")
        case ["drop", *items] if items:
            dropped = [i for i in items if i in state["inventory"]]
            for i in dropped:
                state["inventory"].remove(i)
                room["items"].append(i)
            return f"Dropped {len(dropped)} item(s)."
        case []:
            return "Say something."
        case [verb, *_]:
            return f"I don't know how to {verb}."
script = ["look", "take lamp", "take sword", "go west", "go north", "look", "take key", "take book",
          "inv", "drop key book ghost", "go south", "", "dance wildly", "inventory"]
for line in script:
    print(f"> {line}\n{step(line)}")
