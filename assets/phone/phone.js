// The phone page: shows the card, votes, answers the debrief's questions (a text, support for proposals,
// scores on statements), and follows the game live (server-sent events, polling as fallback). Every text
// is set with textContent: nothing from the server or the person is ever read as markup. What it does as
// the table page does is in shared.js (`pages`).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const { word, say, node, button } = pages;
  let state = null;
  let shown = "";  // what the page shows now: it is built again only when that changes
  let askFrame = "";  // the ask's controls as built: built again only for another question (typing is kept)

  function render(next) {
    if (!next || typeof next !== "object") return;
    if (state && next.version !== undefined && state.version !== undefined &&
        next.version < state.version && next.card === state.card) return;  // an older answer
    if (state && next.card !== state.card) notice("");  // a refusal was about the card before
    const key = function (s) { return s && s.ask ? s.ask.key : null; };
    if (state && key(next) !== key(state)) notice("");  // or about the question before
    state = next;
    const showing = JSON.stringify([state.card, state.title, state.text, state.options, state.voting, state.your_vote, state.lang, state.ask]);
    if (showing === shown) return;  // another phone's vote: nothing changes here (and no tap is lost)
    shown = showing;
    document.documentElement.lang = state.lang;
    document.title = word("title");
    $("brand").textContent = word("title");
    $("card").hidden = !state.card || !!state.ask;
    $("title").textContent = state.title || "";
    $("text").textContent = state.text || "";
    pages.options(state.card && state.voting ? state.options : [], state.your_vote, vote);
    renderAsk(state.ask || null);
    let status;
    if (state.ask) status = "";
    else if (!state.card) status = word("wait");
    else if (state.voting) status = state.your_vote ? word("voted", state.your_vote) + " " + word("change") : word("vote");
    else if (state.your_vote) status = word("voted", state.your_vote) + " " + word("closed");
    else status = word("notyet");
    say("status", status);
  }

  function length(text) { return Array.from(text).length; }  // characters as the server counts them

  function renderAsk(ask) {
    $("ask").hidden = !ask;
    if (!ask) { askFrame = ""; return; }
    const frame = JSON.stringify([ask.key, ask.kind, ask.prompt, ask.choices, ask.statements, state.lang]);
    const text = ["word", "answer", "proposal"].indexOf(ask.kind) >= 0;
    if (frame !== askFrame) {
      const sameKey = askFrame !== "" && JSON.parse(askFrame)[0] === ask.key;
      askFrame = frame;
      $("prompt").textContent = ask.prompt;
      $("hint").textContent = text ? word("kind_" + ask.kind) : word(ask.kind);
      $("answer-form").hidden = !text;
      if (text) {
        if (!sameKey) $("answer").value = "";
        $("answer").maxLength = ask.limit;
        $("answer").rows = ask.kind === "word" ? 1 : 4;
        $("send").textContent = word("send");
      }
      $("choices").replaceChildren();
      (ask.kind === "support" ? ask.choices : []).forEach(function (choice) {
        const element = button(null, false, function () { send("support", { proposal: choice.id }); });
        element.dataset.id = String(choice.id);
        element.append(node("span", "", choice.text), node("span", "mark"));
        $("choices").append(element);
      });
      $("statements").replaceChildren();
      (ask.kind === "statements" ? ask.statements : []).forEach(function (statement) {
        const scale = node("div", "scale");
        scale.dataset.id = statement.id;
        for (let score = 1; score <= 5; score++) {
          const element = button(String(score), false, function () {
            send("statement", { statement: statement.id, score: score });
          });
          element.dataset.score = String(score);
          scale.append(element);
        }
        const ends = node("div", "ends", null, node("span", "", word("disagree")), node("span", "", word("agree")));
        $("statements").append(node("div", "statement", null, node("p", "", statement.text), scale, ends));
      });
    }
    // What this phone sent: its own texts, supports and scores (never another phone's)
    const yours = ask.yours || [];
    $("yours-box").hidden = !text || yours.length === 0;
    $("yours-title").textContent = word("yours");
    $("yours").replaceChildren(...yours.map(function (said) { return node("li", "", said); }));
    if (text) {
      $("send").disabled = ask.sent >= ask.max;
      count();
    }
    $("choices").querySelectorAll("button").forEach(function (element) {
      const supported = (ask.supported || []).indexOf(Number(element.dataset.id)) >= 0;
      element.setAttribute("aria-pressed", String(supported));
      element.querySelector(".mark").textContent = supported ? word("supported") : "";
    });
    $("statements").querySelectorAll(".scale").forEach(function (scale) {
      const mine = (ask.scores || {})[scale.dataset.id];
      scale.querySelectorAll("button").forEach(function (element) {
        element.setAttribute("aria-pressed", String(Number(element.dataset.score) === mine));
      });
    });
  }

  function count() {
    if (!state || !state.ask || !state.ask.limit) return;
    $("counter").textContent = word("chars", length($("answer").value)).replace("{max}", state.ask.limit);
  }

  async function send(path, body) {  // an answer, a support or a score for the open ask
    if (!state || !state.ask) return false;
    body.key = state.ask.key;
    const sent = await pages.post(path, body);
    if (sent === null) return false;
    if (sent.status === 200) {
      notice("");
      render(sent.answer);
      return true;
    }
    notice(said(sent.status, sent.answer && sent.answer.reason));
    return false;
  }

  function said(status, reason) {  // a refused answer, support or score, in plain words
    const known = ["empty", "long", "enough", "moved", "busy", "fast"];
    if (known.indexOf(reason) >= 0) return word(reason);
    if (reason === "unknown_device") return word("broken");
    return status === 413 ? word("long") : status === 429 ? word("fast") : status === 409 ? word("moved") : word("broken");
  }

  $("answer").addEventListener("input", count);
  $("answer").addEventListener("keydown", function (event) {  // one word: Enter sends it
    if (event.key === "Enter" && state && state.ask && state.ask.kind === "word") {
      event.preventDefault();
      $("answer-form").requestSubmit();
    }
  });
  $("answer-form").addEventListener("submit", async function (event) {
    event.preventDefault();  // never a form post: the page sends it itself
    const typed = $("answer").value;
    if (!typed.trim()) { notice(word("empty")); return; }
    if (state && state.ask && state.ask.limit && length(typed) > state.ask.limit) { notice(word("long")); return; }
    $("send").disabled = true;
    const ok = await send("answer", { text: typed });
    if (ok) {
      $("answer").value = "";
      notice(word("sent"));
      count();
    }
    if (state && state.ask) $("send").disabled = state.ask.sent >= state.ask.max;
  });

  function notice(text) {  // the server's refusal in plain words (as text, never as markup), or nothing
    say("notice", text);
  }

  function refusal(status) {  // what a refused request means for the person holding the phone
    if (status === 503) return word("full");
    if (status === 429) return word("fast");
    if (status === 409) return word("late");
    return word("again");  // an unknown device (the page must be opened again), or anything unexpected
  }

  async function vote(option) {
    if (!state || !state.card) return;
    const sent = await pages.post("vote", { card: state.card, option: option });
    if (sent === null) return;
    if (sent.status === 200 || sent.status === 409) render(sent.answer);
    notice(sent.status === 200 ? "" : refusal(sent.status));
  }

  pages.follow(render, function (status) { notice(refusal(status)); });
})();
