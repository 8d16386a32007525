// The phone's and the table's pages alike: their words, a line of text shown or hidden, the option buttons,
// a request sent as JSON, and following the game live (server-sent events, polling as fallback) with the
// offline line. Loaded before the page's own script, which uses it as `pages`. Every text is set with
// textContent: nothing from the server or the person is ever read as markup.
"use strict";
const pages = (function () {
  const $ = (id) => document.getElementById(id);
  const words = JSON.parse($("words").textContent);
  let failures = 0;  // requests in a row that did not reach the game

  function word(key, n) {  // in the page's language (each page sets it from its state); {n} filled in
    const text = (words[document.documentElement.lang] || words.nl)[key] || "";
    return n === undefined ? text : text.replace("{n}", String(n));
  }

  function say(id, text) {  // a line with `text` in it, hidden while it has none
    $(id).textContent = text;
    $(id).hidden = !text;
  }

  function node(tag, className, text, ...children) {  // an element with its class, text (as text) and children
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== null && text !== undefined) made.textContent = text;
    made.append(...children);
    return made;
  }

  function button(label, pressed, onTap) {
    const element = document.createElement("button");
    element.type = "button";
    element.setAttribute("aria-pressed", String(pressed));
    element.addEventListener("click", onTap);
    if (label !== null) element.textContent = label;
    return element;
  }

  function options(labels, chosen, onTap) {  // the card's options as numbered buttons; `chosen` counts from 1
    $("options").replaceChildren(...labels.map(function (label, index) {
      const element = button(null, chosen === index + 1, function () { onTap(index + 1); });
      element.append(node("span", "number", String(index + 1)), node("span", "", label));
      return element;
    }));
  }

  function online(ok) {
    failures = ok ? 0 : failures + 1;
    say("offline", ok ? "" : word("offline"));
  }

  async function post(path, body) {  // {status, answer} (answer null where the body is no JSON); null offline
    try {
      const response = await fetch(path, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const answer = await response.json().catch(function () { return null; });  // a 404 has no body
      online(true);
      return { status: response.status, answer: answer };
    } catch (error) {
      online(false);
      return null;
    }
  }

  // Follows the game: `take` gets every state, `refused` (if given) the status of a refused look at it.
  function follow(take, refused) {
    let pollTimer = null;

    async function look() {
      try {
        const response = await fetch("state", { cache: "no-store", credentials: "same-origin" });
        if (response.ok) take(await response.json());
        else if (refused) refused(response.status);
        online(true);
      } catch (error) {
        online(false);
      }
    }

    function poll() {  // the fallback where live updates do not get through
      if (pollTimer === null) pollTimer = setInterval(look, 2000);
    }

    function live() {
      if (!window.EventSource) { poll(); return; }
      const source = new EventSource("events");
      source.onmessage = function (event) {
        online(true);
        try { take(JSON.parse(event.data)); } catch (error) { /* a broken message: the next one will do */ }
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

    look();
    live();
  }

  return Object.freeze({
    word: word, say: say, node: node, button: button, options: options, post: post, follow: follow,
  });
})();
