// Send + Sync: turns each `.quiz` (rendered by the book's {{#quiz}} directive
// from listings and their captured output) into a quiz you answer: the
// lettered outcomes become radio buttons in a fieldset, "Check" marks your
// choice, opens the real compiler output and remembers the result in this
// browser's localStorage under the listing's name. Without JavaScript, and in
// print, the lettered list and the <details> answer stay what the reader gets.
(function () {
  "use strict";

  var STORE = "send-sync.quiz.";

  function load(id) {
    try {
      var v = JSON.parse(window.localStorage.getItem(STORE + id) || "null");
      return v && typeof v.choice === "number" ? v : null;
    } catch (e) {
      return null;
    }
  }

  function save(id, value) {
    try {
      if (value) {
        window.localStorage.setItem(STORE + id, JSON.stringify(value));
      } else {
        window.localStorage.removeItem(STORE + id);
      }
    } catch (e) {
      // Storage disabled: the quiz still works, unsaved.
    }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function enhanceItem(section, onChange) {
    var id = section.getAttribute("data-item");
    var answer = Number(section.getAttribute("data-answer"));
    var list = section.querySelector("ol.quiz-choices");
    var details = section.querySelector("details.quiz-answer");
    var question = section.querySelector(".quiz-question");
    if (!list || !details || !question) return null;

    var form = el("form", "quiz-form");
    var fieldset = el("fieldset", "quiz-fieldset");
    var legend = el("legend", "quiz-legend", "Your answer");
    fieldset.append(legend);
    fieldset.setAttribute("aria-describedby", question.id);
    var radios = [];
    list.querySelectorAll("li").forEach(function (li, i) {
      var label = el("label", "quiz-choice");
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "quiz-" + id;
      radio.value = String(i);
      var letter = el("span", "quiz-letter", String.fromCharCode(65 + i) + ".");
      var text = el("span", "quiz-choice-text");
      text.innerHTML = li.innerHTML;
      label.append(radio, letter, text);
      fieldset.append(label);
      radios.push(radio);
    });
    var row = el("div", "quiz-row");
    var check = el("button", "fc-button quiz-check", "Check");
    check.type = "submit";
    var verdict = el("p", "quiz-verdict");
    verdict.setAttribute("role", "status");
    row.append(check, verdict);
    form.append(fieldset, row);
    // The list stays (hidden by CSS) for print, which shows it instead.
    list.after(form);

    function show(result) {
      section.classList.remove("quiz-right", "quiz-wrong");
      radios.forEach(function (r) { r.parentNode.classList.remove("quiz-picked-right", "quiz-picked-wrong", "quiz-true"); });
      if (!result) {
        verdict.textContent = "";
        return;
      }
      var right = result.choice === answer;
      radios[result.choice].checked = true;
      radios[result.choice].parentNode.classList.add(right ? "quiz-picked-right" : "quiz-picked-wrong");
      radios[answer].parentNode.classList.add("quiz-true");
      section.classList.add(right ? "quiz-right" : "quiz-wrong");
      verdict.textContent = right
        ? "Right: " + String.fromCharCode(65 + answer) + ". The real output is below."
        : "Not this time: the answer is " + String.fromCharCode(65 + answer) + ". Read the real output below.";
      details.open = true;
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var picked = radios.findIndex(function (r) { return r.checked; });
      if (picked < 0) {
        verdict.textContent = "Pick one of the outcomes first.";
        radios[0].focus();
        return;
      }
      var result = { choice: picked, correct: picked === answer, at: new Date().toISOString() };
      save(id, result);
      show(result);
      onChange();
    });

    show(load(id));
    return {
      id: id,
      reset: function () {
        save(id, null);
        radios.forEach(function (r) { r.checked = false; });
        details.open = false;
        show(null);
      },
    };
  }

  function enhance(quiz) {
    var items = [];
    var status = el("p", "quiz-status");
    status.setAttribute("aria-live", "polite");
    var reset = el("button", "fc-button quiz-reset", "Reset the quiz");
    reset.type = "button";
    var head = el("div", "quiz-head");
    head.append(status, reset);
    quiz.insertBefore(head, quiz.firstChild);

    function render() {
      var done = 0;
      var right = 0;
      items.forEach(function (it) {
        var r = load(it.id);
        if (r) {
          done += 1;
          if (r.correct) right += 1;
        }
      });
      status.textContent = "Answered " + done + " of " + items.length + " · " + right + " right";
    }

    quiz.querySelectorAll("section.quiz-item").forEach(function (s) {
      var it = enhanceItem(s, render);
      if (it) items.push(it);
    });
    reset.addEventListener("click", function () {
      items.forEach(function (it) { it.reset(); });
      render();
    });
    quiz.classList.add("quiz-enhanced");
    render();
  }

  // Printing from the browser opens every answer: theme/flashcards.js does
  // it for the cards and the quiz alike.

  function start() {
    document.querySelectorAll(".quiz").forEach(enhance);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
