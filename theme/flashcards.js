// Send + Sync: turns each `.flashcards` list (rendered by the book's
// {{#flashcards}} directive from flashcards.toml) into a study deck: flip,
// previous/next, shuffle, "I knew it" / "Again", progress kept in this
// browser's localStorage under each card's stable id. Without JavaScript, and
// in print, the plain <details> list stays what the reader gets.
(function () {
  "use strict";

  var STORE = "send-sync.flashcard.";
  var uid = 0;

  function load(id) {
    try {
      var v = JSON.parse(window.localStorage.getItem(STORE + id) || "null");
      return v && (v.grade === "knew" || v.grade === "again") ? v.grade : null;
    } catch (e) {
      return null;
    }
  }

  function save(id, grade) {
    try {
      if (grade) {
        window.localStorage.setItem(STORE + id, JSON.stringify({ grade: grade, at: new Date().toISOString() }));
      } else {
        window.localStorage.removeItem(STORE + id);
      }
    } catch (e) {
      // Storage disabled (private mode, policy): the deck still works, unsaved.
    }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function button(cls, label, keys) {
    var b = el("button", "fc-button " + cls, label);
    b.type = "button";
    if (keys) b.setAttribute("aria-keyshortcuts", keys);
    return b;
  }

  function readCards(container) {
    var cards = [];
    container.querySelectorAll("details.flashcard").forEach(function (d) {
      var summary = d.querySelector("summary").cloneNode(true);
      var number = summary.querySelector(".flashcard-number");
      if (number) number.remove();
      var answer = d.querySelector(".flashcard-answer");
      cards.push({ id: d.getAttribute("data-card"), q: summary.innerHTML.trim(), a: answer ? answer.innerHTML.trim() : "" });
    });
    return cards;
  }

  function enhance(container) {
    var cards = readCards(container);
    if (cards.length === 0) return;
    var deckName = container.getAttribute("data-deck") || "deck";
    var n = ++uid;
    var state = { order: cards.map(function (_, i) { return i; }), pos: 0, answer: false, onlyUnknown: false };

    var widget = el("section", "fc-widget");
    widget.setAttribute("aria-label", "Flashcards (" + deckName + ")");
    var status = el("p", "fc-status");
    status.id = "fc-status-" + n;
    var card = el("div", "fc-card");
    card.tabIndex = 0;
    card.setAttribute("role", "group");
    card.setAttribute("aria-roledescription", "flashcard");
    card.setAttribute("aria-describedby", "fc-keys-" + n);
    var side = el("p", "fc-side");
    var face = el("div", "fc-face");
    face.setAttribute("aria-live", "polite");
    face.setAttribute("aria-atomic", "true");
    var mark = el("p", "fc-mark");
    card.append(side, face, mark);

    var prev = button("fc-prev", "← Previous", "ArrowLeft");
    var flip = button("fc-flip", "Show answer", "F");
    var next = button("fc-next", "Next →", "ArrowRight");
    var again = button("fc-again", "Again", "A");
    var knew = button("fc-knew", "I knew it", "K");
    var shuffle = button("fc-shuffle", "Shuffle", "S");
    var unknown = button("fc-unknown", "Only cards not yet known", "U");
    unknown.setAttribute("aria-pressed", "false");
    var reset = button("fc-reset", "Reset progress");
    var list = button("fc-list", "Show all as a list");
    list.setAttribute("aria-expanded", "false");

    var nav = el("div", "fc-row");
    nav.append(prev, flip, next);
    var grade = el("div", "fc-row fc-grade");
    grade.append(again, knew);
    var tools = el("div", "fc-row fc-tools");
    tools.append(shuffle, unknown, reset, list);
    var keys = el("p", "fc-keys");
    keys.id = "fc-keys-" + n;
    keys.innerHTML =
      "Keys, with the card or a button focused: <kbd>F</kbd> or <kbd>Space</kbd> flip · " +
      "<kbd>←</kbd> <kbd>→</kbd> previous / next · <kbd>A</kbd> again · <kbd>K</kbd> I knew it · " +
      "<kbd>S</kbd> shuffle · <kbd>U</kbd> only cards not yet known.";
    widget.append(status, card, nav, grade, tools, keys);
    container.insertBefore(widget, container.firstChild);
    container.classList.add("fc-enhanced");

    function visible() {
      if (!state.onlyUnknown) return state.order;
      return state.order.filter(function (i) { return load(cards[i].id) !== "knew"; });
    }

    function render() {
      var v = visible();
      var known = cards.filter(function (c) { return load(c.id) === "knew"; }).length;
      var again_ = cards.filter(function (c) { return load(c.id) === "again"; }).length;
      var tally = known + " known · " + again_ + " to review · " + (cards.length - known - again_) + " not graded";
      var empty = v.length === 0;
      [prev, flip, next, again, knew].forEach(function (b) { b.disabled = empty; });
      if (empty) {
        status.textContent = "All " + cards.length + " cards known · " + tally;
        side.textContent = "Done";
        face.textContent = "You marked every card of this deck as known. Turn off “Only cards not yet known” or reset the progress to study again.";
        mark.textContent = "";
        card.setAttribute("aria-label", "No cards left");
        return;
      }
      if (state.pos >= v.length) state.pos = 0;
      var c = cards[v[state.pos]];
      var where = "Card " + (state.pos + 1) + " of " + v.length;
      status.textContent = where + " · " + tally;
      card.setAttribute("aria-label", where + ", " + (state.answer ? "answer" : "question"));
      card.classList.toggle("fc-showing-answer", state.answer);
      side.textContent = state.answer ? "Answer" : "Question";
      face.innerHTML = state.answer ? c.a : c.q;
      var g = load(c.id);
      mark.textContent = g === "knew" ? "You marked this card: knew it" : g === "again" ? "You marked this card: again" : "";
      flip.textContent = state.answer ? "Show question" : "Show answer";
    }

    function go(delta) {
      var v = visible();
      if (v.length === 0) return;
      state.pos = (state.pos + delta + v.length) % v.length;
      state.answer = false;
      render();
    }

    function doFlip() {
      if (visible().length === 0) return;
      state.answer = !state.answer;
      render();
    }

    function doGrade(g) {
      var v = visible();
      if (v.length === 0) return;
      save(cards[v[state.pos]].id, g);
      state.answer = false;
      // In "not yet known" mode a known card leaves the list: stay at the same place.
      if (!(state.onlyUnknown && g === "knew")) state.pos += 1;
      if (state.pos >= visible().length) state.pos = 0;
      render();
    }

    function doShuffle() {
      var o = state.order;
      for (var i = o.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1));
        var t = o[i];
        o[i] = o[j];
        o[j] = t;
      }
      state.pos = 0;
      state.answer = false;
      render();
    }

    function doUnknown() {
      state.onlyUnknown = !state.onlyUnknown;
      unknown.setAttribute("aria-pressed", String(state.onlyUnknown));
      state.pos = 0;
      state.answer = false;
      render();
    }

    prev.addEventListener("click", function () { go(-1); });
    next.addEventListener("click", function () { go(1); });
    flip.addEventListener("click", doFlip);
    card.addEventListener("click", function (e) {
      if (!e.target.closest("a")) doFlip();
    });
    again.addEventListener("click", function () { doGrade("again"); });
    knew.addEventListener("click", function () { doGrade("knew"); });
    shuffle.addEventListener("click", doShuffle);
    unknown.addEventListener("click", doUnknown);
    reset.addEventListener("click", function () {
      cards.forEach(function (c) { save(c.id, null); });
      render();
    });
    list.addEventListener("click", function () {
      var open = container.classList.toggle("fc-show-list");
      list.setAttribute("aria-expanded", String(open));
      list.textContent = open ? "Hide the list" : "Show all as a list";
    });

    // Keys act only while focus is inside this deck, and never reach mdBook's
    // own shortcuts (arrows change chapter there, S opens the search).
    widget.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      var onButton = e.target.tagName === "BUTTON";
      var k = e.key;
      var act = null;
      if (k === "f" || k === "F") act = doFlip;
      else if ((k === " " || k === "Enter") && !onButton) act = doFlip;
      else if (k === "ArrowRight") act = function () { go(1); };
      else if (k === "ArrowLeft") act = function () { go(-1); };
      else if (k === "a" || k === "A") act = function () { doGrade("again"); };
      else if (k === "k" || k === "K") act = function () { doGrade("knew"); };
      else if (k === "s" || k === "S") act = doShuffle;
      else if (k === "u" || k === "U") act = doUnknown;
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    });

    render();
  }

  // Printing from the browser: the list is what prints, answers included
  // (the quiz's answers too, from theme/quiz.js).
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.flashcard:not([open]), details.quiz-answer:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  function start() {
    document.querySelectorAll(".flashcards").forEach(enhance);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
