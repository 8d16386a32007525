// The table page: the table's card and options, all its meters, the feedback on its last decision, the
// year end and the ending; a one-device table confirms its tap. It follows the game live (server-sent
// events, polling as fallback). Every text is set with textContent: nothing is ever read as markup. What it
// does as the phone page does is in shared.js (`pages`).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const { word, say, node } = pages;
  let state = JSON.parse($("state").textContent);
  let pending = null;  // a one-device table's tapped option, waiting for its confirmation

  function spoken(items) {  // "1 en 2", "1, 2 en 3"
    const and = " " + word("and") + " ";
    return items.length < 2 ? items.join("") : items.slice(0, -1).join(", ") + and + items[items.length - 1];
  }

  function notice(key) {
    say("notice", key ? word(key, state ? state.name : "") : "");
  }

  function signed(value) {
    const rounded = Math.round(value * 10) / 10;
    return (rounded > 0 ? "+" : "") + String(rounded);
  }

  function deltas(list, into) {
    into.replaceChildren(...list.map(function (pair) { return node("li", "", pair[0] + " " + signed(pair[1])); }));
  }

  function render() {
    if (!state) return;
    document.documentElement.lang = state.lang;
    $("name").textContent = state.name;
    // A term played to its end has a style but no ending: the page says the game is over all the same.
    const over = state.ending ? "" : word("ending");
    $("when").textContent = state.finished ? over : word("year", state.year) + " \u00b7 " + word("turn", state.turn);
    const outcome = state.ending || state.profile;
    $("outcome").hidden = !outcome;
    if (outcome) {
      $("outcome-head").textContent = state.ending ? word("ending") : word("profile");
      $("outcome-title").textContent = outcome.title;
      $("outcome-text").textContent = outcome.text;
    }
    $("card").hidden = !state.card;
    $("speaker").textContent = state.speaker || "";
    $("title").textContent = state.title || "";
    $("text").textContent = state.text || "";
    if (pending !== null && pending.card !== state.card) pending = null;
    pages.options(state.card ? state.options : [], pending ? pending.option : state.your_vote, tap);
    $("confirm").hidden = pending === null;
    if (pending !== null) $("confirm-text").textContent = word("confirm", pending.option);
    let status = "";
    if (state.finished) status = "";
    else if (!state.card) status = state.decided ? word("wait") : "";
    else if (state.tie.length) status = word("tie", spoken(state.tie));
    else if (!state.confirm && state.your_vote) {
      const cast = state.votes.reduce(function (a, b) { return a + b; }, 0);
      status = word("voted", state.your_vote) + " " +
        word("waiting").replace("{cast}", String(cast)).replace("{devices}", String(state.devices));
    } else if (pending === null) status = word("vote");
    if (state.behind && state.card) status = word("behind") + " " + status;
    say("status", status);
    const feedback = state.feedback;
    $("feedback").hidden = !feedback;
    if (feedback) {
      $("feedback-head").textContent = word("feedback");
      const after = /[?!.:]$/.test(feedback.card) ? " " : ": ";  // "Wie bepaalt ...? Jullie kozen", not "?:"
      $("feedback-choice").textContent = feedback.card + after + word("decided", feedback.option + ". " + feedback.label);
      $("feedback-text").textContent = feedback.text;
      deltas(feedback.deltas, $("feedback-deltas"));
    }
    $("year-end").hidden = !state.year_end;
    if (state.year_end) {
      $("year-end-head").textContent = word("year_end", state.year_end.year);
      deltas(state.year_end.deltas, $("year-end-deltas"));
    }
    $("meters").replaceChildren(...state.meters.map(function (meter) {
      const fill = node("span", "fill");
      fill.style.display = "block";
      const share = (meter.value - meter.min) / ((meter.max - meter.min) || 1);
      fill.style.width = String(Math.max(0, Math.min(1, share)) * 100) + "%";
      const value = node("span", "value", String(Math.round(meter.value)));
      return node("li", "meter", null, node("span", "", meter.name), value, node("span", "bar", null, fill));
    }));
  }

  function take(next) {
    if (!next || typeof next !== "object" || next.table === undefined) return;
    if (state && next.version < state.version) return;  // an older answer
    if (state && next.card !== state.card) notice("");
    // A new card, the wait after a decision or the game's end starts at the top: a phone scrolled down to
    // the meters would otherwise not see it.
    const moved = state !== null && (next.card !== state.card || next.finished !== state.finished);
    state = next;
    render();
    if (moved) window.scrollTo(0, 0);
  }

  async function send(path, option) {
    const sent = await pages.post(path, { card: state.card, option: option });
    if (sent === null) return;  // the offline line says so
    if (sent.answer && sent.answer.reason) notice(sent.answer.reason);
    else if (sent.status === 409) notice("stale");
    else if (sent.answer === null) notice("again");  // no JSON: not the game's answer
    else notice("");
    take(sent.answer);
  }

  function tap(option) {
    if (!state || !state.card) return;
    if (state.confirm) {
      pending = { card: state.card, option: option };
      render();
      $("confirm").scrollIntoView({ block: "nearest" });  // below the options on a phone: bring it in view
      return;
    }
    send("vote", option);
  }

  $("confirm-yes").textContent = word("confirm_yes");
  $("confirm-no").textContent = word("confirm_no");
  $("confirm-yes").addEventListener("click", function () {
    if (pending === null) return;
    const option = pending.option;
    pending = null;
    send("confirm", option);
  });
  $("confirm-no").addEventListener("click", function () { pending = null; render(); });

  if (state) { render(); pages.follow(take); }
})();
