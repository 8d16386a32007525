// The phone page: shows the card, votes, and follows the game live (server-sent events, polling as fallback).
"use strict";
(function () {
  const words = JSON.parse(document.getElementById("words").textContent);
  const $ = (id) => document.getElementById(id);
  let state = null;
  let shown = "";  // what the page shows now: it is built again only when that changes
  let pollTimer = null;
  let failures = 0;

  function word(key) {
    const lang = (state && state.lang) || document.documentElement.lang;
    return (words[lang] || words.nl)[key];
  }

  function render(next) {
    if (!next || typeof next !== "object") return;
    if (state && next.version !== undefined && state.version !== undefined &&
        next.version < state.version && next.card === state.card) return;  // an older answer
    if (state && next.card !== state.card) notice("");  // a refusal was about the card before
    state = next;
    const showing = JSON.stringify([state.card, state.title, state.text, state.options, state.voting, state.your_vote, state.lang]);
    if (showing === shown) return;  // another phone's vote: nothing changes here (and no tap is lost)
    shown = showing;
    document.documentElement.lang = state.lang;
    document.title = word("title");
    $("brand").textContent = word("title");
    $("card").hidden = !state.card;
    $("title").textContent = state.title || "";
    $("text").textContent = state.text || "";
    const options = $("options");
    options.replaceChildren();
    if (state.card && state.voting) {
      state.options.forEach(function (label, index) {
        const button = document.createElement("button");
        button.type = "button";
        button.setAttribute("aria-pressed", String(state.your_vote === index + 1));
        const number = document.createElement("span");
        number.className = "number";
        number.textContent = String(index + 1);
        const text = document.createElement("span");
        text.textContent = label;
        button.append(number, text);
        button.addEventListener("click", function () { vote(index + 1); });
        options.append(button);
      });
    }
    let status;
    if (!state.card) status = word("wait");
    else if (state.voting) status = state.your_vote ? word("voted").replace("{n}", state.your_vote) + " " + word("change") : word("vote");
    else if (state.your_vote) status = word("voted").replace("{n}", state.your_vote) + " " + word("closed");
    else status = word("notyet");
    $("status").textContent = status;
  }

  function notice(text) {  // the server's refusal in plain words (as text, never as markup), or nothing
    $("notice").hidden = !text;
    $("notice").textContent = text;
  }

  function refusal(status) {  // what a refused request means for the person holding the phone
    if (status === 503) return word("full");
    if (status === 429) return word("fast");
    if (status === 409) return word("late");
    return word("again");  // an unknown device (the page must be opened again), or anything unexpected
  }

  function online(ok) {
    failures = ok ? 0 : failures + 1;
    $("offline").hidden = ok;
    $("offline").textContent = ok ? "" : word("offline");
  }

  async function fetchState() {
    try {
      const response = await fetch("state", { cache: "no-store", credentials: "same-origin" });
      if (response.ok) render(await response.json());
      else notice(refusal(response.status));
      online(true);
    } catch (error) {
      online(false);
    }
  }

  async function vote(option) {
    if (!state || !state.card) return;
    try {
      const response = await fetch("vote", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ card: state.card, option: option }),
      });
      const answer = await response.json().catch(function () { return null; });  // a 404 has no body
      if (response.status === 200 || response.status === 409) render(answer);
      notice(response.status === 200 ? "" : refusal(response.status));
      online(true);
    } catch (error) {
      online(false);
    }
  }

  function poll() {  // the fallback where live updates do not get through
    if (pollTimer === null) pollTimer = setInterval(fetchState, 2000);
  }

  function live() {
    if (!window.EventSource) { poll(); return; }
    const source = new EventSource("events");
    source.onmessage = function (event) {
      online(true);
      try { render(JSON.parse(event.data)); } catch (error) { /* a broken message: the next one will do */ }
    };
    source.onerror = function () {
      online(false);
      if (source.readyState === EventSource.CLOSED || failures > 3) {
        source.close();
        poll();
        setTimeout(function () { if (pollTimer !== null) { clearInterval(pollTimer); pollTimer = null; } live(); }, 10000);
      }
    };
  }

  fetchState();
  live();
})();
