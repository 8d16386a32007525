"""The guided debrief after the last card: phases, the room's words, small wins, before and after."""
